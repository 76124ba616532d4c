/// The catalogue and templates compiled into the library from the package's `Clauses/` and
/// `Templates/` folders, so the tool works from any directory.
public enum EmbeddedDefaults {
    /// Every embedded file as (path relative to the package root, text), sorted by path.
    public static var files: [(path: String, text: String)] { EmbeddedFiles.all }
}
