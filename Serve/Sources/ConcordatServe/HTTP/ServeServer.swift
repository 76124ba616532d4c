import Hummingbird
import Logging
import NIOCore

/// Starting the server: Hummingbird on the given host and port, reporting the address it really
/// listens on (which `--port 0` leaves to the system).
public enum ServeServer {
    /// Whether a host is this computer only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Runs until stopped by a signal, calling `started` with the address once listening.
    public static func run(
        engine: ServeEngine, host: String, port: Int, started: @escaping @Sendable (String) -> Void
    ) async throws {
        var logger = Logger(label: "concordat-serve")
        logger.logLevel = .warning
        let app = Application(
            router: ServeRouter.make(engine: engine),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                let shown = host.contains(":") ? "[\(host)]" : host
                started("http://\(shown):\(bound)/")
            },
            logger: logger)
        try await app.runService()
    }
}
