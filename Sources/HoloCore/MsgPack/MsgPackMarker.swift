/// The msgpack marker bytes this codec writes and reads.
enum MsgPackMarker {
  static let nilValue: UInt8 = 0xc0
  static let falseValue: UInt8 = 0xc2
  static let trueValue: UInt8 = 0xc3
  static let bin8: UInt8 = 0xc4
  static let bin16: UInt8 = 0xc5
  static let bin32: UInt8 = 0xc6
  static let ext8: UInt8 = 0xc7
  static let ext16: UInt8 = 0xc8
  static let ext32: UInt8 = 0xc9
  static let float32: UInt8 = 0xca
  static let float64: UInt8 = 0xcb
  static let uint8: UInt8 = 0xcc
  static let uint16: UInt8 = 0xcd
  static let uint32: UInt8 = 0xce
  static let uint64: UInt8 = 0xcf
  static let int8: UInt8 = 0xd0
  static let int16: UInt8 = 0xd1
  static let int32: UInt8 = 0xd2
  static let int64: UInt8 = 0xd3
  static let fixext1: UInt8 = 0xd4
  static let fixext16: UInt8 = 0xd8
  static let str8: UInt8 = 0xd9
  static let str16: UInt8 = 0xda
  static let str32: UInt8 = 0xdb
  static let array16: UInt8 = 0xdc
  static let array32: UInt8 = 0xdd
  static let map16: UInt8 = 0xde
  static let map32: UInt8 = 0xdf
}

/// The broad kind of the value that starts with a marker byte.
public enum MsgPackKind: Equatable, Sendable {
  case nilValue, bool, int, float, string, binary, array, map, ext

  /// The kind of value a marker byte starts, or `nil` for the reserved `0xc1`.
  static func of(_ marker: UInt8) -> MsgPackKind? {
    switch marker {
    case 0x00...0x7f, 0xcc...0xd3, 0xe0...0xff: return .int
    case 0x80...0x8f, 0xde, 0xdf: return .map
    case 0x90...0x9f, 0xdc, 0xdd: return .array
    case 0xa0...0xbf, 0xd9...0xdb: return .string
    case 0xc0: return .nilValue
    case 0xc2, 0xc3: return .bool
    case 0xc4...0xc6: return .binary
    case 0xc7...0xc9, 0xd4...0xd8: return .ext
    case 0xca, 0xcb: return .float
    default: return nil
    }
  }

  /// A short name for error messages.
  public var name: String {
    switch self {
    case .nilValue: return "nil"
    case .bool: return "bool"
    case .int: return "integer"
    case .float: return "float"
    case .string: return "string"
    case .binary: return "binary"
    case .array: return "array"
    case .map: return "map"
    case .ext: return "ext"
    }
  }
}
