import Crypto
import Foundation
import NIOSSL
import SwiftASN1
import X509

/// TLS for the peer transport. Each node makes a throwaway self-signed P-256 certificate when it starts, and
/// peers encrypt with it without verifying it: who a peer is comes from the agent signatures on everything it
/// sends (ops, receipts, warrants, remote calls, agent infos), as Holochain's peers are known by agent key, not
/// by certificate. What TLS adds is that nobody on the path reads or alters the traffic.
public struct TransportTLS: Sendable {
  /// The context accepted connections handshake with (this node's certificate).
  let server: NIOSSLContext
  /// The context outgoing connections handshake with (any certificate is accepted).
  let client: NIOSSLContext

  /// A new self-signed certificate, valid from an hour ago for a year, and the contexts that use it.
  public static func selfSigned() throws(TransportError) -> TransportTLS {
    do {
      let key = P256.Signing.PrivateKey()
      let name = try DistinguishedName { CommonName("holoswift-peer") }
      let now = Date()
      let certificate = try Certificate(
        version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(key.publicKey),
        notValidBefore: now - 3_600, notValidAfter: now + 365 * 86_400, issuer: name, subject: name,
        signatureAlgorithm: .ecdsaWithSHA256, extensions: Certificate.Extensions(), issuerPrivateKey: .init(key))
      let pem = try certificate.serializeAsPEM().pemString
      let server = TLSConfiguration.makeServerConfiguration(
        certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(pem.utf8), format: .pem))],
        privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(key.pemRepresentation.utf8), format: .pem)))
      var client = TLSConfiguration.makeClientConfiguration()
      client.certificateVerification = .none
      return TransportTLS(server: try NIOSSLContext(configuration: server), client: try NIOSSLContext(configuration: client))
    } catch {
      throw .tlsUnavailable("\(error)")
    }
  }
}
