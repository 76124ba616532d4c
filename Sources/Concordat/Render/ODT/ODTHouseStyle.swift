/// How an ODT document looks: page, fonts, sizes, colours, spacing and the fixed words the
/// renderer adds (labels). Read from `Templates/odt/house-style.yaml`, which an organisation
/// replaces to restyle every document; `default` is that file as shipped.
///
/// Lengths keep their unit as written (`2.5cm`, `11pt`), colours are `#RRGGBB`, and
/// `spacing.lineHeight` is a percentage; `parse` checks each.
public struct ODTHouseStyle: Sendable, Hashable {
    /// Page size and margins.
    public struct Page: Sendable, Hashable {
        /// Page width, e.g. `21cm`.
        public var width: String
        /// Page height, e.g. `29.7cm`.
        public var height: String
        /// Top margin.
        public var marginTop: String
        /// Bottom margin (the footer with the page number sits inside it).
        public var marginBottom: String
        /// Left margin.
        public var marginLeft: String
        /// Right margin.
        public var marginRight: String
    }

    /// Font families and their generic classes (the fallback when a family is missing).
    public struct Fonts: Sendable, Hashable {
        /// Running text.
        public var body: String
        /// The generic class of the body font: roman, swiss, modern, decorative, script or system.
        public var bodyGeneric: String
        /// Title, headings and table headers.
        public var heading: String
        /// The generic class of the heading font.
        public var headingGeneric: String
    }

    /// Font sizes.
    public struct Sizes: Sendable, Hashable {
        /// Running text.
        public var body: String
        /// Footers, comments and signature labels.
        public var small: String
        /// The document title.
        public var title: String
        /// The subject line under the title.
        public var subtitle: String
        /// Section headings.
        public var heading1: String
        /// Clause headings.
        public var heading2: String
        /// Lower headings.
        public var heading3: String
    }

    /// Colours, as `#RRGGBB`.
    public struct Colours: Sendable, Hashable {
        /// Running text.
        public var text: String
        /// Title and headings.
        public var heading: String
        /// The draft label.
        public var draft: String
        /// Uses of defined terms.
        public var definedTerm: String
        /// The highlight behind a blank left to fill in.
        public var blankHighlight: String
        /// The border of a notice.
        public var noticeBorder: String
        /// The shading inside a notice.
        public var noticeBackground: String
        /// Table rules and signature lines.
        public var tableBorder: String
        /// The shading of table header rows.
        public var tableHeaderBackground: String
    }

    /// Vertical rhythm and indents.
    public struct Spacing: Sendable, Hashable {
        /// Line height of running text, e.g. `115%`.
        public var lineHeight: String
        /// Space after each paragraph.
        public var paragraphAfter: String
        /// Space above a heading.
        public var headingBefore: String
        /// Space below a heading.
        public var headingAfter: String
        /// Room for the heading number before the heading text.
        public var headingIndent: String
        /// How far each level of sub-clauses steps in.
        public var listIndent: String
    }

    /// The fixed words the renderer adds around the document's own text.
    public struct Labels: Sendable, Hashable {
        /// The table of contents heading.
        public var contents: String
        /// Before the document date on the title page.
        public var dated: String
        /// "Page" in the footer.
        public var page: String
        /// "of" in "Page 2 of 9".
        public var pageOf: String
        /// Before an annex letter: "Annex A".
        public var annex: String
        /// Before a party's name in the signature block.
        public var signedFor: String
        /// The signature line.
        public var signature: String
        /// The signatory's name line.
        public var name: String
        /// The signatory's job title line.
        public var title: String
        /// The date line.
        public var date: String
    }

    /// Page size and margins.
    public var page: Page
    /// Font families.
    public var fonts: Fonts
    /// Font sizes.
    public var sizes: Sizes
    /// Colours.
    public var colours: Colours
    /// Spacing and indents.
    public var spacing: Spacing
    /// Fixed words.
    public var labels: Labels

    /// Where the house style lives inside a templates folder (the package's `Templates/`, or a
    /// folder given with `--templates`).
    public static let templateFile = "odt/house-style.yaml"

    /// The house style shipped in `Templates/odt/house-style.yaml`.
    public static let `default` = ODTHouseStyle(
        page: Page(
            width: "21cm", height: "29.7cm", marginTop: "2.2cm", marginBottom: "2cm",
            marginLeft: "2.5cm", marginRight: "2.5cm"),
        fonts: Fonts(
            body: "Liberation Serif", bodyGeneric: "roman",
            heading: "Liberation Sans", headingGeneric: "swiss"),
        sizes: Sizes(
            body: "11pt", small: "9pt", title: "24pt", subtitle: "14pt",
            heading1: "14pt", heading2: "12pt", heading3: "11pt"),
        colours: Colours(
            text: "#000000", heading: "#1F3A5F", draft: "#B3261E", definedTerm: "#1F3A5F",
            blankHighlight: "#FFE680", noticeBorder: "#B3261E", noticeBackground: "#FDF3F2",
            tableBorder: "#7F7F7F", tableHeaderBackground: "#E4E9F0"),
        spacing: Spacing(
            lineHeight: "115%", paragraphAfter: "0.2cm", headingBefore: "0.45cm",
            headingAfter: "0.15cm", headingIndent: "1.25cm", listIndent: "1cm"),
        labels: Labels(
            contents: "Contents", dated: "Date:", page: "Page", pageOf: "of", annex: "Annex",
            signedFor: "Signed for and on behalf of", signature: "Signature", name: "Name",
            title: "Position", date: "Date"))
}
