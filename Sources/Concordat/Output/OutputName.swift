/// File names made from user text (a request's file name in a batch): nothing in them may leave
/// the output folder, hide the file, or deceive whoever lists the folder.
public enum OutputName {
    /// `stem` with slashes, backslashes and every character ``CharacterRule`` refuses — controls,
    /// bidirectional controls, invisible characters — replaced by `_`, so an output name cannot
    /// name another folder, and `invoice\u{202E}fdp.yaml` cannot list as something else.
    public static func cleaned(_ stem: String) -> String {
        var out = ""
        let scalars = Array(stem.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "/" || scalar == "\\" || scalar.value == 0x0A || scalar.value == 0x09 || scalar.value == 0x0D
                || CharacterRule.kind(of: scalar, after: previous, before: next) != nil {
                out += "_"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
