/// Raw bytes as `serde_bytes::ByteBuf`: a msgpack `bin` (what `random_bytes` returns and `Sign` carries).
///
/// Unlike ``SerializedBytes`` these bytes are not msgpack: they are just bytes.
public struct Bytes: Hashable, Sendable, MsgPackCodable {
  public var bytes: [UInt8]

  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  public func encode(to writer: inout MsgPackWriter) { writer.writeBinary(bytes) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.readBinary() }
}

/// What `sign` takes: the agent key whose private key signs, and the bytes to sign.
///
/// ```swift
/// let input = Sign(key: agent, data: Bytes(post.msgpackBytes()))
/// ```
public struct Sign: Hashable, Sendable, MsgPackStructFields {
  public var key: AgentPubKey
  public var data: Bytes

  public init(key: AgentPubKey, data: Bytes) {
    self.key = key
    self.data = data
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("key", key)
    writer.writeField("data", data)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var key: AgentPubKey?
    var data: Bytes?
    try reader.readStruct(fields: ["key", "data"]) { index, reader throws(MsgPackError) in
      if index == 0 { key = try reader.decode() } else { data = try reader.decode() }
    }
    self.key = try require(key, "key", in: "Sign")
    self.data = try require(data, "data", in: "Sign")
  }
}

/// What `sign_ephemeral` takes: the byte strings to sign with a throwaway key (transparent: an array of `bin`).
public struct SignEphemeral: Hashable, Sendable, MsgPackCodable {
  public var datas: [Bytes]

  public init(_ datas: [Bytes]) { self.datas = datas }

  public func encode(to writer: inout MsgPackWriter) { writer.encode(datas) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { datas = try reader.decode() }
}

/// What `sign_ephemeral` returns: the throwaway public key and one signature per input, in order.
public struct EphemeralSignatures: Hashable, Sendable, MsgPackStructFields {
  public var key: AgentPubKey
  public var signatures: [Signature]

  public init(key: AgentPubKey, signatures: [Signature]) {
    self.key = key
    self.signatures = signatures
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("key", key)
    writer.writeField("signatures", signatures)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var key: AgentPubKey?
    var signatures: [Signature]?
    try reader.readStruct(fields: ["key", "signatures"]) { index, reader throws(MsgPackError) in
      if index == 0 { key = try reader.decode() } else { signatures = try reader.decode() }
    }
    self.key = try require(key, "key", in: "EphemeralSignatures")
    self.signatures = try require(signatures, "signatures", in: "EphemeralSignatures")
  }
}

/// What `verify_signature` takes: the key, the signature, and the signed bytes (`bin`).
public struct VerifySignature: Hashable, Sendable, MsgPackStructFields {
  public var key: AgentPubKey
  public var signature: Signature
  public var data: [UInt8]

  public init(key: AgentPubKey, signature: Signature, data: [UInt8]) {
    self.key = key
    self.signature = signature
    self.data = data
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("key", key)
    writer.writeField("signature", signature)
    writer.write("data" as StaticString)
    writer.writeBinary(data)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var key: AgentPubKey?
    var signature: Signature?
    var data: [UInt8]?
    try reader.readStruct(fields: ["key", "signature", "data"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: key = try reader.decode()
      case 1: signature = try reader.decode()
      default: data = try reader.readBinary()
      }
    }
    self.key = try require(key, "key", in: "VerifySignature")
    self.signature = try require(signature, "signature", in: "VerifySignature")
    self.data = try require(data, "data", in: "VerifySignature")
  }
}

/// An X25519 public key (32 bytes), as `create_x25519_keypair` returns.
public struct X25519PubKey: FixedBytes {
  public static var length: Int { 32 }
  public static var typeName: String { "X25519PubKey" }
  public let bytes: [UInt8]
  public init(checked bytes: [UInt8]) { self.bytes = bytes }
}

/// A secretbox nonce (24 bytes).
public struct XSalsa20Poly1305Nonce: FixedBytes {
  public static var length: Int { 24 }
  public static var typeName: String { "XSalsa20Poly1305Nonce" }
  public let bytes: [UInt8]
  public init(checked bytes: [UInt8]) { self.bytes = bytes }
}

/// The name of a shared secret held by the keystore (any length, `bin`); compared in constant time.
public struct XSalsa20Poly1305KeyRef: Hashable, Sendable, MsgPackCodable {
  public var bytes: [UInt8]

  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  public static func == (lhs: Self, rhs: Self) -> Bool { constantTimeEqual(lhs.bytes, rhs.bytes) }
  public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

  public func encode(to writer: inout MsgPackWriter) { writer.writeBinary(bytes) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.readBinary() }
}

/// Plain data to encrypt, or that was decrypted (a newtype over `serde_bytes`: a bare `bin`).
public struct XSalsa20Poly1305Data: Hashable, Sendable, MsgPackCodable {
  public var bytes: [UInt8]

  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  public func encode(to writer: inout MsgPackWriter) { writer.writeBinary(bytes) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.readBinary() }
}

/// Encrypted data with its nonce: `{nonce, encrypted_data}`, the ciphertext as `bin`.
public struct XSalsa20Poly1305EncryptedData: Hashable, Sendable, MsgPackStructFields {
  public var nonce: XSalsa20Poly1305Nonce
  public var encryptedData: [UInt8]

  public init(nonce: XSalsa20Poly1305Nonce, encryptedData: [UInt8]) {
    self.nonce = nonce
    self.encryptedData = encryptedData
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("nonce", nonce)
    writer.write("encrypted_data" as StaticString)
    writer.writeBinary(encryptedData)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var nonce: XSalsa20Poly1305Nonce?
    var data: [UInt8]?
    try reader.readStruct(fields: ["nonce", "encrypted_data"]) { index, reader throws(MsgPackError) in
      if index == 0 { nonce = try reader.decode() } else { data = try reader.readBinary() }
    }
    self.nonce = try require(nonce, "nonce", in: "XSalsa20Poly1305EncryptedData")
    encryptedData = try require(data, "encrypted_data", in: "XSalsa20Poly1305EncryptedData")
  }
}

/// What `x_salsa20_poly1305_encrypt` takes: a shared secret's name and the data.
public struct XSalsa20Poly1305Encrypt: Hashable, Sendable, MsgPackStructFields {
  public var keyRef: XSalsa20Poly1305KeyRef
  public var data: XSalsa20Poly1305Data

  public init(keyRef: XSalsa20Poly1305KeyRef, data: XSalsa20Poly1305Data) {
    self.keyRef = keyRef
    self.data = data
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("key_ref", keyRef)
    writer.writeField("data", data)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var keyRef: XSalsa20Poly1305KeyRef?
    var data: XSalsa20Poly1305Data?
    try reader.readStruct(fields: ["key_ref", "data"]) { index, reader throws(MsgPackError) in
      if index == 0 { keyRef = try reader.decode() } else { data = try reader.decode() }
    }
    self.keyRef = try require(keyRef, "key_ref", in: "XSalsa20Poly1305Encrypt")
    self.data = try require(data, "data", in: "XSalsa20Poly1305Encrypt")
  }
}

/// What `x_salsa20_poly1305_decrypt` takes: a shared secret's name and the encrypted data.
public struct XSalsa20Poly1305Decrypt: Hashable, Sendable, MsgPackStructFields {
  public var keyRef: XSalsa20Poly1305KeyRef
  public var encryptedData: XSalsa20Poly1305EncryptedData

  public init(keyRef: XSalsa20Poly1305KeyRef, encryptedData: XSalsa20Poly1305EncryptedData) {
    self.keyRef = keyRef
    self.encryptedData = encryptedData
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("key_ref", keyRef)
    writer.writeField("encrypted_data", encryptedData)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var keyRef: XSalsa20Poly1305KeyRef?
    var data: XSalsa20Poly1305EncryptedData?
    try reader.readStruct(fields: ["key_ref", "encrypted_data"]) { index, reader throws(MsgPackError) in
      if index == 0 { keyRef = try reader.decode() } else { data = try reader.decode() }
    }
    self.keyRef = try require(keyRef, "key_ref", in: "XSalsa20Poly1305Decrypt")
    encryptedData = try require(data, "encrypted_data", in: "XSalsa20Poly1305Decrypt")
  }
}

/// The three fields of the box encrypt inputs: `{sender, recipient, data}`.
private func encodeBoxFields(
  _ sender: some MsgPackEncodable, _ recipient: some MsgPackEncodable, _ data: XSalsa20Poly1305Data,
  to writer: inout MsgPackWriter
) {
  writer.writeField("sender", sender)
  writer.writeField("recipient", recipient)
  writer.writeField("data", data)
}

/// What `x_25519_x_salsa20_poly1305_encrypt` takes: box `data` from `sender`'s keypair to `recipient`.
public struct X25519XSalsa20Poly1305Encrypt: Hashable, Sendable, MsgPackStructFields {
  public var sender: X25519PubKey
  public var recipient: X25519PubKey
  public var data: XSalsa20Poly1305Data

  public init(sender: X25519PubKey, recipient: X25519PubKey, data: XSalsa20Poly1305Data) {
    self.sender = sender
    self.recipient = recipient
    self.data = data
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) { encodeBoxFields(sender, recipient, data, to: &writer) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var sender: X25519PubKey?
    var recipient: X25519PubKey?
    var data: XSalsa20Poly1305Data?
    try reader.readStruct(fields: ["sender", "recipient", "data"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: sender = try reader.decode()
      case 1: recipient = try reader.decode()
      default: data = try reader.decode()
      }
    }
    self.sender = try require(sender, "sender", in: "X25519XSalsa20Poly1305Encrypt")
    self.recipient = try require(recipient, "recipient", in: "X25519XSalsa20Poly1305Encrypt")
    self.data = try require(data, "data", in: "X25519XSalsa20Poly1305Encrypt")
  }
}

/// What `ed_25519_x_salsa20_poly1305_encrypt` takes: box `data` from one agent key to another.
public struct Ed25519XSalsa20Poly1305Encrypt: Hashable, Sendable, MsgPackStructFields {
  public var sender: AgentPubKey
  public var recipient: AgentPubKey
  public var data: XSalsa20Poly1305Data

  public init(sender: AgentPubKey, recipient: AgentPubKey, data: XSalsa20Poly1305Data) {
    self.sender = sender
    self.recipient = recipient
    self.data = data
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) { encodeBoxFields(sender, recipient, data, to: &writer) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var sender: AgentPubKey?
    var recipient: AgentPubKey?
    var data: XSalsa20Poly1305Data?
    try reader.readStruct(fields: ["sender", "recipient", "data"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: sender = try reader.decode()
      case 1: recipient = try reader.decode()
      default: data = try reader.decode()
      }
    }
    self.sender = try require(sender, "sender", in: "Ed25519XSalsa20Poly1305Encrypt")
    self.recipient = try require(recipient, "recipient", in: "Ed25519XSalsa20Poly1305Encrypt")
    self.data = try require(data, "data", in: "Ed25519XSalsa20Poly1305Encrypt")
  }
}

/// What `x_25519_x_salsa20_poly1305_decrypt` takes: note the order, `{recipient, sender, encrypted_data}`.
public struct X25519XSalsa20Poly1305Decrypt: Hashable, Sendable, MsgPackStructFields {
  public var recipient: X25519PubKey
  public var sender: X25519PubKey
  public var encryptedData: XSalsa20Poly1305EncryptedData

  public init(recipient: X25519PubKey, sender: X25519PubKey, encryptedData: XSalsa20Poly1305EncryptedData) {
    self.recipient = recipient
    self.sender = sender
    self.encryptedData = encryptedData
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("recipient", recipient)
    writer.writeField("sender", sender)
    writer.writeField("encrypted_data", encryptedData)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var recipient: X25519PubKey?
    var sender: X25519PubKey?
    var data: XSalsa20Poly1305EncryptedData?
    try reader.readStruct(fields: ["recipient", "sender", "encrypted_data"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: recipient = try reader.decode()
      case 1: sender = try reader.decode()
      default: data = try reader.decode()
      }
    }
    self.recipient = try require(recipient, "recipient", in: "X25519XSalsa20Poly1305Decrypt")
    self.sender = try require(sender, "sender", in: "X25519XSalsa20Poly1305Decrypt")
    encryptedData = try require(data, "encrypted_data", in: "X25519XSalsa20Poly1305Decrypt")
  }
}

/// What `ed_25519_x_salsa20_poly1305_decrypt` takes: `{recipient, sender, encrypted_data}` with agent keys.
public struct Ed25519XSalsa20Poly1305Decrypt: Hashable, Sendable, MsgPackStructFields {
  public var recipient: AgentPubKey
  public var sender: AgentPubKey
  public var encryptedData: XSalsa20Poly1305EncryptedData

  public init(recipient: AgentPubKey, sender: AgentPubKey, encryptedData: XSalsa20Poly1305EncryptedData) {
    self.recipient = recipient
    self.sender = sender
    self.encryptedData = encryptedData
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("recipient", recipient)
    writer.writeField("sender", sender)
    writer.writeField("encrypted_data", encryptedData)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var recipient: AgentPubKey?
    var sender: AgentPubKey?
    var data: XSalsa20Poly1305EncryptedData?
    try reader.readStruct(fields: ["recipient", "sender", "encrypted_data"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: recipient = try reader.decode()
      case 1: sender = try reader.decode()
      default: data = try reader.decode()
      }
    }
    self.recipient = try require(recipient, "recipient", in: "Ed25519XSalsa20Poly1305Decrypt")
    self.sender = try require(sender, "sender", in: "Ed25519XSalsa20Poly1305Decrypt")
    encryptedData = try require(data, "encrypted_data", in: "Ed25519XSalsa20Poly1305Decrypt")
  }
}

/// What `x_salsa20_poly1305_shared_secret_export` takes: box the shared secret `keyRef` from `sender` to
/// `recipient`.
public struct XSalsa20Poly1305SharedSecretExport: Hashable, Sendable, MsgPackStructFields {
  public var sender: X25519PubKey
  public var recipient: X25519PubKey
  public var keyRef: XSalsa20Poly1305KeyRef

  public init(sender: X25519PubKey, recipient: X25519PubKey, keyRef: XSalsa20Poly1305KeyRef) {
    self.sender = sender
    self.recipient = recipient
    self.keyRef = keyRef
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("sender", sender)
    writer.writeField("recipient", recipient)
    writer.writeField("key_ref", keyRef)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var sender: X25519PubKey?
    var recipient: X25519PubKey?
    var keyRef: XSalsa20Poly1305KeyRef?
    try reader.readStruct(fields: ["sender", "recipient", "key_ref"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: sender = try reader.decode()
      case 1: recipient = try reader.decode()
      default: keyRef = try reader.decode()
      }
    }
    self.sender = try require(sender, "sender", in: "XSalsa20Poly1305SharedSecretExport")
    self.recipient = try require(recipient, "recipient", in: "XSalsa20Poly1305SharedSecretExport")
    self.keyRef = try require(keyRef, "key_ref", in: "XSalsa20Poly1305SharedSecretExport")
  }
}

/// What `x_salsa20_poly1305_shared_secret_ingest` takes: unbox a shared secret and store it, under `keyRef`
/// or a generated name.
public struct XSalsa20Poly1305SharedSecretIngest: Hashable, Sendable, MsgPackStructFields {
  public var recipient: X25519PubKey
  public var sender: X25519PubKey
  public var encryptedData: XSalsa20Poly1305EncryptedData
  public var keyRef: XSalsa20Poly1305KeyRef?

  public init(
    recipient: X25519PubKey, sender: X25519PubKey, encryptedData: XSalsa20Poly1305EncryptedData,
    keyRef: XSalsa20Poly1305KeyRef? = nil
  ) {
    self.recipient = recipient
    self.sender = sender
    self.encryptedData = encryptedData
    self.keyRef = keyRef
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("recipient", recipient)
    writer.writeField("sender", sender)
    writer.writeField("encrypted_data", encryptedData)
    writer.writeField("key_ref", keyRef)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var recipient: X25519PubKey?
    var sender: X25519PubKey?
    var data: XSalsa20Poly1305EncryptedData?
    var keyRef: XSalsa20Poly1305KeyRef?
    try reader.readStruct(fields: ["recipient", "sender", "encrypted_data", "key_ref"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: recipient = try reader.decode()
      case 1: sender = try reader.decode()
      case 2: data = try reader.decode()
      default: keyRef = try reader.decode()
      }
    }
    self.recipient = try require(recipient, "recipient", in: "XSalsa20Poly1305SharedSecretIngest")
    self.sender = try require(sender, "sender", in: "XSalsa20Poly1305SharedSecretIngest")
    encryptedData = try require(data, "encrypted_data", in: "XSalsa20Poly1305SharedSecretIngest")
    self.keyRef = keyRef
  }
}
