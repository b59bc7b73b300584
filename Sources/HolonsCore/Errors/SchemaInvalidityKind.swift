public import HoloCore

/// Why a descriptor's schema is invalid (MAP `SchemaInvalidityKind`); on the wire the variant name as a string.
public enum SchemaInvalidityKind: String, Hashable, Sendable, CaseIterable, MsgPackCodable {
  case contradictoryConstraints = "ContradictoryConstraints"
  case missingConstraintParameter = "MissingConstraintParameter"
  case incompatibleConstraintFamily = "IncompatibleConstraintFamily"
  case unsupportedExecutableConstraint = "UnsupportedExecutableConstraint"
  case unclassifiedConstraint = "UnclassifiedConstraint"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    self = try readUnitVariant(from: &reader, typeName: "SchemaInvalidityKind")
  }
}
