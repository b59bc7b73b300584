/// What `get_validation_receipts` takes: the action whose ops' receipts are wanted.
public struct GetValidationReceiptsInput: Hashable, Sendable, MsgPackStructFields {
  public var actionHash: ActionHash

  public init(actionHash: ActionHash) { self.actionHash = actionHash }

  public var fieldCount: Int { 1 }

  public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("action_hash", actionHash) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var hash: ActionHash?
    try reader.readStruct(fields: ["action_hash"]) { _, reader throws(MsgPackError) in hash = try reader.decode() }
    actionHash = try require(hash, "action_hash", in: "GetValidationReceiptsInput")
  }
}

/// One validation receipt, summarized: the outcome and the validators who signed it.
public struct ValidationReceiptInfo: Hashable, Sendable, MsgPackStructFields {
  public var validationStatus: ValidationStatus
  public var validators: [AgentPubKey]

  public init(validationStatus: ValidationStatus, validators: [AgentPubKey]) {
    self.validationStatus = validationStatus
    self.validators = validators
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("validation_status", validationStatus)
    writer.writeField("validators", validators)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var status: ValidationStatus?
    var validators: [AgentPubKey]?
    try reader.readStruct(fields: ["validation_status", "validators"]) { index, reader throws(MsgPackError) in
      if index == 0 { status = try reader.decode() } else { validators = try reader.decode() }
    }
    validationStatus = try require(status, "validation_status", in: "ValidationReceiptInfo")
    self.validators = try require(validators, "validators", in: "ValidationReceiptInfo")
  }
}

/// The validation receipts of one op (`get_validation_receipts` returns one set per op of the action).
public struct ValidationReceiptSet: Hashable, Sendable, MsgPackStructFields {
  public var opHash: DhtOpHash
  /// The op type's name, for information (`"CreateRecord"`, …).
  public var opType: String
  /// Whether the op has as many receipts as it needs.
  public var receiptsComplete: Bool
  public var receipts: [ValidationReceiptInfo]

  public init(opHash: DhtOpHash, opType: String, receiptsComplete: Bool, receipts: [ValidationReceiptInfo]) {
    self.opHash = opHash
    self.opType = opType
    self.receiptsComplete = receiptsComplete
    self.receipts = receipts
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("op_hash", opHash)
    writer.writeField("op_type", opType)
    writer.writeField("receipts_complete", receiptsComplete)
    writer.writeField("receipts", receipts)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var opHash: DhtOpHash?
    var opType: String?
    var complete: Bool?
    var receipts: [ValidationReceiptInfo]?
    try reader.readStruct(fields: ["op_hash", "op_type", "receipts_complete", "receipts"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: opHash = try reader.decode()
      case 1: opType = try reader.decode()
      case 2: complete = try reader.decode()
      default: receipts = try reader.decode()
      }
    }
    self.opHash = try require(opHash, "op_hash", in: "ValidationReceiptSet")
    self.opType = try require(opType, "op_type", in: "ValidationReceiptSet")
    receiptsComplete = try require(complete, "receipts_complete", in: "ValidationReceiptSet")
    self.receipts = try require(receipts, "receipts", in: "ValidationReceiptSet")
  }
}
