public import HoloCore

/// One cell of an app as ``AppInfo`` lists it: `{"type": "provisioned", "value": {…}}`, `"cloned"` or `"stem"`.
public enum CellInfo: Hashable, Sendable {
  /// A cell created at installation from the bundle.
  case provisioned(ProvisionedCell)
  /// A clone created at runtime.
  case cloned(ClonedCell)
  /// A deferred cell, not instantiated yet (not implemented by Holochain either).
  case stem(StemCell)

  /// The cell's id, if it has been instantiated.
  public var cellId: CellId? {
    switch self {
    case .provisioned(let cell): return cell.cellId
    case .cloned(let cell): return cell.cellId
    case .stem: return nil
    }
  }
}

extension CellInfo: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .provisioned(let cell): writer.writeVariant("provisioned", cell)
    case .cloned(let cell): writer.writeVariant("cloned", cell)
    case .stem(let cell): writer.writeVariant("stem", cell)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "CellInfo")
    switch variant.name {
    case "provisioned": self = .provisioned(try variant.decodeContent())
    case "cloned": self = .cloned(try variant.decodeContent())
    case "stem": self = .stem(try variant.decodeContent())
    default: throw variant.unknown
    }
  }
}
