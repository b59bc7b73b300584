import Foundation

/// The process's open descriptors (`/proc/self/fd`) that are TCP sockets on one local port, listening sockets
/// excepted: the server's end of every connection an interface still holds. Counting by port leaves out the
/// sockets of tests running at the same time. Linux only.
enum OpenSockets {
  static var isAvailable: Bool {
    FileManager.default.fileExists(atPath: "/proc/self/fd") && FileManager.default.fileExists(atPath: "/proc/net/tcp")
  }

  /// How many connections on local port `port` this process holds open.
  static func connections(onPort port: UInt16) throws -> Int {
    let inodes = try socketInodesOnPort(port)
    var count = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") {
      // A descriptor can close between the listing and the read; it then counts as closed.
      guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(name)") else {
        continue
      }
      if target.hasPrefix("socket:["), inodes.contains(String(target.dropFirst(8).dropLast())) { count += 1 }
    }
    return count
  }

  /// The inodes of non-listening TCP sockets whose local port is `port`.
  private static func socketInodesOnPort(_ port: UInt16) throws -> Set<String> {
    var inodes: Set<String> = []
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] where FileManager.default.fileExists(atPath: table) {
      for line in try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n").dropFirst() {
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode …
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count > 9, let colon = fields[1].lastIndex(of: ":") else { continue }
        let localPort = UInt16(fields[1][fields[1].index(after: colon)...], radix: 16)
        let isListening = fields[3] == "0A"
        if localPort == port, !isListening, fields[9] != "0" { inodes.insert(String(fields[9])) }
      }
    }
    return inodes
  }
}
