/// A tab stop in a paragraph style.
struct ODTTabStop {
    /// Distance from the paragraph's left indent.
    var position: String
    /// `right`, or nil for a left tab.
    var type: String?
    /// The character that fills the space before the stop (dots in a contents line).
    var leader: String?

    /// Writes `style:tab-stops` for a paragraph style.
    static func write(_ stops: [ODTTabStop], to xml: ODTXMLWriter) throws(ConcordatError) {
        try xml.element("style:tab-stops") { () throws(ConcordatError) in
            for stop in stops {
                var attributes = [("style:position", stop.position)]
                if let type = stop.type { attributes.append(("style:type", type)) }
                if let leader = stop.leader {
                    attributes += [("style:leader-style", "dotted"), ("style:leader-text", leader)]
                }
                try xml.element("style:tab-stop", attributes)
            }
        }
    }
}
