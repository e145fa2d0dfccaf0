"""The key server: the one process that can decrypt provider keys. Serves gRPC on a Unix socket."""
