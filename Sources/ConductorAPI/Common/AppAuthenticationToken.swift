public import HoloCore

/// A secret that lets one client connect to an app interface (`issue_app_authentication_token`).
///
/// A plain `Vec<u8>` in Holochain, so it travels as an array of small integers, not as `bin`; decoding accepts
/// either.
public struct AppAuthenticationToken: Hashable, Sendable {
  /// The token's bytes.
  public var bytes: [UInt8]

  public init(bytes: [UInt8]) { self.bytes = bytes }
}

extension AppAuthenticationToken: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.writeByteArray(bytes) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.readBinary() }
}
