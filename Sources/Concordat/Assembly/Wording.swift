/// Words for messages and file metadata. The words documents use for request values live in
/// `Templates/wording.yaml` (`TemplateWording`), so an organisation can change them.
enum Wording {
    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    static func jurisdiction(_ j: Jurisdiction) -> String {
        switch j {
        case .england: "England"
        case .wales: "Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        }
    }

    static func framework(_ f: Framework) -> String {
        switch f {
        case .notForProfit: "Not-for-profit"
        case .statutory: "Statutory"
        case .strategicAlliance: "Strategic alliance"
        }
    }
}
