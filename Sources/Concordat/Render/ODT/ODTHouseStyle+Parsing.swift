import Yams

extension ODTHouseStyle {
    /// Reads a house style from the text of a `house-style.yaml` file.
    ///
    /// Every key is required and unknown keys are errors, so a misspelt key cannot silently fall
    /// back to a default. All problems are reported together, each at its line and column in
    /// `source` (the file name as the user gave it).
    public static func parse(_ yamlText: String, source: String) throws(ConcordatError) -> ODTHouseStyle {
        var reader = YAMLReader(file: source)
        let root = reader.parse(yamlText)
        if root == nil, reader.diagnostics.hasErrors { throw ConcordatError(.invalidData, reader.diagnostics) }
        guard let top = root?.mapping else {
            throw ConcordatError(
                .invalidData, "a house style is a mapping of sections (page, fonts, sizes, colours, spacing, labels)",
                at: location(of: root, in: source))
        }
        var style = ODTHouseStyle.default
        var problems: [Diagnostic] = []
        let fields = Self.fields
        let sections = fields.map(\.section).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var seenSections: Set<String> = []
        for (keyNode, valueNode) in top {
            let name = keyNode.string ?? ""
            guard sections.contains(name) else {
                problems.append(Diagnostic(
                    .error, "unknown section; expected one of \(sections.joined(separator: ", "))",
                    at: location(of: keyNode, in: source), key: name))
                continue
            }
            seenSections.insert(name)
            guard let mapping = valueNode.mapping else {
                problems.append(Diagnostic(.error, "expected a mapping of keys", at: location(of: valueNode, in: source), key: name))
                continue
            }
            let sectionFields = fields.filter { $0.section == name }
            var seenKeys: Set<String> = []
            for (fieldKey, fieldValue) in mapping {
                let key = fieldKey.string ?? ""
                guard let field = sectionFields.first(where: { $0.key == key }) else {
                    problems.append(Diagnostic(
                        .error, "unknown key; expected one of \(sectionFields.map(\.key).joined(separator: ", "))",
                        at: location(of: fieldKey, in: source), key: "\(name).\(key)"))
                    continue
                }
                seenKeys.insert(key)
                guard let scalar = fieldValue.scalar else {
                    problems.append(Diagnostic(.error, "expected a single value", at: location(of: fieldValue, in: source), key: "\(name).\(key)"))
                    continue
                }
                if let complaint = field.kind.complaint(about: scalar.string) {
                    problems.append(Diagnostic(.error, complaint, at: location(of: fieldValue, in: source), key: "\(name).\(key)"))
                } else {
                    style[keyPath: field.path] = scalar.string
                }
            }
            for field in sectionFields where !seenKeys.contains(field.key) {
                problems.append(Diagnostic(.error, "missing key", at: location(of: valueNode, in: source), key: "\(name).\(field.key)"))
            }
        }
        for section in sections where !seenSections.contains(section) {
            problems.append(Diagnostic(.error, "missing section", at: location(of: root, in: source), key: section))
        }
        if !problems.isEmpty { throw ConcordatError(.invalidData, problems.sortedByLocation) }
        return style
    }

    /// Checks every value, as `parse` does, for a house style built or changed in code.
    func validate() throws(ConcordatError) {
        let problems = Self.fields.compactMap { field -> Diagnostic? in
            field.kind.complaint(about: self[keyPath: field.path]).map {
                Diagnostic(.error, "house style: \($0)", key: "\(field.section).\(field.key)")
            }
        }
        if !problems.isEmpty { throw ConcordatError(.invalidData, problems) }
    }

    private static func location(of node: Node?, in source: String) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: source) }
        return SourceLocation(file: source, line: mark.line, column: mark.column)
    }

    /// What a value must look like.
    enum ValueKind {
        case length, fontSize, percentage, colour, fontClass, text

        /// Why `value` does not fit, or nil when it does.
        func complaint(about value: String) -> String? {
            let fits: Bool
            let expected: String
            switch self {
            case .length:
                fits = ODTLength(value) != nil
                expected = "a length with a unit (cm, mm, in, pt or pc), e.g. 2.5cm"
            case .fontSize:
                // Text too small to read (0pt makes every word invisible) or too large for a page.
                let size = ODTLength(value)?.inCentimetres.thousandths
                fits = size.map { (141...14_111).contains($0) } ?? false
                expected = "a type size from 4pt to 400pt, e.g. 11pt"
            case .percentage:
                let digits = value.dropLast()
                fits = value.hasSuffix("%") && !digits.isEmpty && digits.allSatisfy { ("0"..."9").contains($0) }
                expected = "a percentage, e.g. 115%"
            case .colour:
                fits = value.count == 7 && value.hasPrefix("#") && value.dropFirst().allSatisfy(\.isHexDigit)
                expected = "a colour as #RRGGBB"
            case .fontClass:
                fits = ["roman", "swiss", "modern", "decorative", "script", "system"].contains(value)
                expected = "one of roman, swiss, modern, decorative, script, system"
            case .text:
                fits = !value.allSatisfy({ $0 == " " })
                    && !value.unicodeScalars.contains(where: { $0.value < 0x20 || !XMLCharacters.isAllowed($0) })
                expected = "some text on one line, without control characters"
            }
            return fits ? nil : "expected \(expected); got \"\(value)\""
        }
    }

    /// One key of the file and where its value goes.
    struct Field {
        var section: String
        var key: String
        var kind: ValueKind
        var path: WritableKeyPath<ODTHouseStyle, String>
    }

    /// Every key of the file, in the order the shipped file lists them.
    static var fields: [Field] {
        [
            Field(section: "page", key: "width", kind: .length, path: \.page.width),
            Field(section: "page", key: "height", kind: .length, path: \.page.height),
            Field(section: "page", key: "margin-top", kind: .length, path: \.page.marginTop),
            Field(section: "page", key: "margin-bottom", kind: .length, path: \.page.marginBottom),
            Field(section: "page", key: "margin-left", kind: .length, path: \.page.marginLeft),
            Field(section: "page", key: "margin-right", kind: .length, path: \.page.marginRight),
            Field(section: "fonts", key: "body", kind: .text, path: \.fonts.body),
            Field(section: "fonts", key: "body-generic", kind: .fontClass, path: \.fonts.bodyGeneric),
            Field(section: "fonts", key: "heading", kind: .text, path: \.fonts.heading),
            Field(section: "fonts", key: "heading-generic", kind: .fontClass, path: \.fonts.headingGeneric),
            Field(section: "sizes", key: "body", kind: .fontSize, path: \.sizes.body),
            Field(section: "sizes", key: "small", kind: .fontSize, path: \.sizes.small),
            Field(section: "sizes", key: "title", kind: .fontSize, path: \.sizes.title),
            Field(section: "sizes", key: "subtitle", kind: .fontSize, path: \.sizes.subtitle),
            Field(section: "sizes", key: "heading-1", kind: .fontSize, path: \.sizes.heading1),
            Field(section: "sizes", key: "heading-2", kind: .fontSize, path: \.sizes.heading2),
            Field(section: "sizes", key: "heading-3", kind: .fontSize, path: \.sizes.heading3),
            Field(section: "colours", key: "text", kind: .colour, path: \.colours.text),
            Field(section: "colours", key: "heading", kind: .colour, path: \.colours.heading),
            Field(section: "colours", key: "draft", kind: .colour, path: \.colours.draft),
            Field(section: "colours", key: "defined-term", kind: .colour, path: \.colours.definedTerm),
            Field(section: "colours", key: "blank-highlight", kind: .colour, path: \.colours.blankHighlight),
            Field(section: "colours", key: "notice-border", kind: .colour, path: \.colours.noticeBorder),
            Field(section: "colours", key: "notice-background", kind: .colour, path: \.colours.noticeBackground),
            Field(section: "colours", key: "table-border", kind: .colour, path: \.colours.tableBorder),
            Field(section: "colours", key: "table-header-background", kind: .colour, path: \.colours.tableHeaderBackground),
            Field(section: "spacing", key: "line-height", kind: .percentage, path: \.spacing.lineHeight),
            Field(section: "spacing", key: "paragraph-after", kind: .length, path: \.spacing.paragraphAfter),
            Field(section: "spacing", key: "heading-before", kind: .length, path: \.spacing.headingBefore),
            Field(section: "spacing", key: "heading-after", kind: .length, path: \.spacing.headingAfter),
            Field(section: "spacing", key: "heading-indent", kind: .length, path: \.spacing.headingIndent),
            Field(section: "spacing", key: "list-indent", kind: .length, path: \.spacing.listIndent),
            Field(section: "labels", key: "contents", kind: .text, path: \.labels.contents),
            Field(section: "labels", key: "dated", kind: .text, path: \.labels.dated),
            Field(section: "labels", key: "page", kind: .text, path: \.labels.page),
            Field(section: "labels", key: "page-of", kind: .text, path: \.labels.pageOf),
            Field(section: "labels", key: "annex", kind: .text, path: \.labels.annex),
            Field(section: "labels", key: "signed-for", kind: .text, path: \.labels.signedFor),
            Field(section: "labels", key: "signature", kind: .text, path: \.labels.signature),
            Field(section: "labels", key: "name", kind: .text, path: \.labels.name),
            Field(section: "labels", key: "title", kind: .text, path: \.labels.title),
            Field(section: "labels", key: "date", kind: .text, path: \.labels.date),
        ]
    }
}
