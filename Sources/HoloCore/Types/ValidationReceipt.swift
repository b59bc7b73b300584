/// A validator's statement that it validated and integrated an op (Holochain's `ValidationReceipt`):
/// `{dht_op_hash, validation_status, validators, when_integrated}`. Validators sign its msgpack bytes.
public struct ValidationReceipt: Hashable, Sendable, MsgPackStructFields {
  public var dhtOpHash: DhtOpHash
  public var validationStatus: ValidationStatus
  public var validators: [AgentPubKey]
  public var whenIntegrated: Timestamp

  public init(
    dhtOpHash: DhtOpHash, validationStatus: ValidationStatus, validators: [AgentPubKey], whenIntegrated: Timestamp
  ) {
    self.dhtOpHash = dhtOpHash
    self.validationStatus = validationStatus
    self.validators = validators
    self.whenIntegrated = whenIntegrated
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("dht_op_hash", dhtOpHash)
    writer.writeField("validation_status", validationStatus)
    writer.writeField("validators", validators)
    writer.writeField("when_integrated", whenIntegrated)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var hash: DhtOpHash?
    var status: ValidationStatus?
    var validators: [AgentPubKey]?
    var when: Timestamp?
    try reader.readStruct(fields: ["dht_op_hash", "validation_status", "validators", "when_integrated"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: hash = try reader.decode()
      case 1: status = try reader.decode()
      case 2: validators = try reader.decode()
      default: when = try reader.decode()
      }
    }
    dhtOpHash = try require(hash, "dht_op_hash", in: "ValidationReceipt")
    validationStatus = try require(status, "validation_status", in: "ValidationReceipt")
    self.validators = try require(validators, "validators", in: "ValidationReceipt")
    whenIntegrated = try require(when, "when_integrated", in: "ValidationReceipt")
  }
}

/// A receipt with its validators' signatures, in the order of `receipt.validators`
/// (Holochain's `SignedValidationReceipt{receipt, validators_signatures}`).
public struct SignedValidationReceipt: Hashable, Sendable, MsgPackStructFields {
  public var receipt: ValidationReceipt
  public var validatorsSignatures: [Signature]

  public init(receipt: ValidationReceipt, validatorsSignatures: [Signature]) {
    self.receipt = receipt
    self.validatorsSignatures = validatorsSignatures
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("receipt", receipt)
    writer.writeField("validators_signatures", validatorsSignatures)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var receipt: ValidationReceipt?
    var signatures: [Signature]?
    try reader.readStruct(fields: ["receipt", "validators_signatures"]) { index, reader throws(MsgPackError) in
      if index == 0 { receipt = try reader.decode() } else { signatures = try reader.decode() }
    }
    self.receipt = try require(receipt, "receipt", in: "SignedValidationReceipt")
    validatorsSignatures = try require(signatures, "validators_signatures", in: "SignedValidationReceipt")
  }
}
