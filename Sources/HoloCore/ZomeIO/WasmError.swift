/// What went wrong inside or around a wasm call (holochain_wasmer's `WasmErrorInner`, externally tagged).
public enum WasmErrorInner: Hashable, Sendable, MsgPackCodable {
  case pointerMap
  /// Bytes that did not deserialize (sent as `bin`).
  case deserialize([UInt8])
  /// A serialization failure: `SerializedBytesError` (`{"Serialize": [message, debug]}` or
  /// `{"Deserialize": [message, bytes]}`), kept as received.
  case serialize(MsgPackValue)
  case errorWhileError
  case memory
  /// An error the guest raised.
  case guest(String)
  /// An error a host function raised.
  case host(String)
  /// A host function ended the call early with this msgpack as the call's result (`must_get_*` in validation).
  case hostShortCircuit([UInt8])
  case moduleBuild(String)
  case moduleSerialize(String)
  case moduleDeserialize(String)
  case callError(String)

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .pointerMap: writer.write("PointerMap" as StaticString)
    case .errorWhileError: writer.write("ErrorWhileError" as StaticString)
    case .memory: writer.write("Memory" as StaticString)
    case .deserialize(let bytes):
      writer.writeMapHeader(1)
      writer.write("Deserialize" as StaticString)
      writer.writeBinary(bytes)
    case .serialize(let value):
      writer.writeMapHeader(1)
      writer.writeField("Serialize", value)
    case .hostShortCircuit(let bytes):
      // A plain Vec<u8>: an array of integers.
      writer.writeMapHeader(1)
      writer.writeField("HostShortCircuit", bytes)
    case .guest(let text): Self.writeString("Guest", text, &writer)
    case .host(let text): Self.writeString("Host", text, &writer)
    case .moduleBuild(let text): Self.writeString("ModuleBuild", text, &writer)
    case .moduleSerialize(let text): Self.writeString("ModuleSerialize", text, &writer)
    case .moduleDeserialize(let text): Self.writeString("ModuleDeserialize", text, &writer)
    case .callError(let text): Self.writeString("CallError", text, &writer)
    }
  }

  private static func writeString(_ variant: StaticString, _ text: String, _ writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    writer.writeField(variant, text)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("PointerMap", false): self = .pointerMap
    case ("ErrorWhileError", false): self = .errorWhileError
    case ("Memory", false): self = .memory
    case ("Deserialize", true): self = .deserialize(try reader.readBinary())
    case ("Serialize", true): self = .serialize(try reader.decode())
    case ("HostShortCircuit", true): self = .hostShortCircuit(try reader.readBinary())
    case ("Guest", true): self = .guest(try reader.readString())
    case ("Host", true): self = .host(try reader.readString())
    case ("ModuleBuild", true): self = .moduleBuild(try reader.readString())
    case ("ModuleSerialize", true): self = .moduleSerialize(try reader.readString())
    case ("ModuleDeserialize", true): self = .moduleDeserialize(try reader.readString())
    case ("CallError", true): self = .callError(try reader.readString())
    default: throw .unknownVariant(type: "WasmErrorInner", variant: variant)
    }
  }
}

/// An error crossing the wasm boundary: `{module_path, line, error}` (Holochain 0.7's `WasmError`).
///
/// ```swift
/// let error = WasmError.host("get_links is not implemented yet")
/// ```
public struct WasmError: Error, Hashable, Sendable, MsgPackStructFields {
  /// Where it was raised (a Rust module path, or a Swift file for our code).
  public var modulePath: String
  public var line: UInt32
  public var error: WasmErrorInner

  public init(modulePath: String, line: UInt32, error: WasmErrorInner) {
    self.modulePath = modulePath
    self.line = line
    self.error = error
  }

  /// A host-side error with a message, located at the caller's file and line.
  public static func host(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> WasmError {
    WasmError(modulePath: file.text, line: UInt32(truncatingIfNeeded: line), error: .host(message))
  }

  /// A guest-side error with a message, located at the caller's file and line.
  public static func guest(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> WasmError {
    WasmError(modulePath: file.text, line: UInt32(truncatingIfNeeded: line), error: .guest(message))
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("module_path", modulePath)
    writer.writeField("line", line)
    writer.writeField("error", error)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var modulePath: String?
    var line: UInt32?
    var error: WasmErrorInner?
    try reader.readStruct(fields: ["module_path", "line", "error"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: modulePath = try reader.decode()
      case 1: line = try reader.decode()
      default: error = try reader.decode()
      }
    }
    self.modulePath = try require(modulePath, "module_path", in: "WasmError")
    self.line = try require(line, "line", in: "WasmError")
    self.error = try require(error, "error", in: "WasmError")
  }
}

/// The `Result<T, WasmError>` that crosses the wasm boundary: `{"Ok": T}` or `{"Err": WasmError}`.
public enum WasmResult<Success: MsgPackCodable>: MsgPackCodable {
  case ok(Success)
  case err(WasmError)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .ok(let value): writer.writeField("Ok", value)
    case .err(let error): writer.writeField("Err", error)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Ok", true): self = .ok(try reader.decode())
    case ("Err", true): self = .err(try reader.decode())
    default: throw .unknownVariant(type: "Result", variant: variant)
    }
  }

  /// The value, or the error thrown.
  public func get() throws(WasmError) -> Success {
    switch self {
    case .ok(let value): return value
    case .err(let error): throw error
    }
  }
}

/// `()`: msgpack `nil`, for host functions and externs that return nothing.
public struct Unit: Hashable, Sendable, MsgPackCodable {
  public init() {}
  public func encode(to writer: inout MsgPackWriter) { writer.writeNil() }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { try reader.readNil() }
}

extension WasmErrorInner: CustomStringConvertible {
  /// The kind and the message, unquoted (`Guest: no such post`): a message that quotes another is not escaped again
  /// at every level it is wrapped in.
  public var description: String {
    switch self {
    case .pointerMap: return "PointerMap"
    case .deserialize(let bytes): return "Deserialize: \(bytes.count) bytes"
    case .serialize: return "Serialize"
    case .errorWhileError: return "ErrorWhileError"
    case .memory: return "Memory"
    case .guest(let text): return "Guest: " + text
    case .host(let text): return "Host: " + text
    case .hostShortCircuit(let bytes): return "HostShortCircuit: \(bytes.count) bytes"
    case .moduleBuild(let text): return "ModuleBuild: " + text
    case .moduleSerialize(let text): return "ModuleSerialize: " + text
    case .moduleDeserialize(let text): return "ModuleDeserialize: " + text
    case .callError(let text): return "CallError: " + text
    }
  }
}
