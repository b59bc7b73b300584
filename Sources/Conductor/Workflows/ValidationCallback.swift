import HoloCore
import Ribosome

extension Conductor {
  /// Runs a validation-style callback and decodes its `ValidateCallbackResult`, including one that a
  /// `must_get_*` short-circuited. A guest error or trap counts as invalid, with its message.
  func validationCallback(
    _ ribosome: Ribosome, zome: String, function: String, payload: ExternIO, context: ZomeCallContext
  ) throws(ConductorError) -> ValidateCallbackResult {
    let output: ExternIO
    do {
      output = try ribosome.call(zome: zome, function: function, payload: payload, context: context)
    } catch .hostShortCircuit(let bytes) {
      do {
        return try ExternIO(msgpack: bytes).decode(ValidateCallbackResult.self)
      } catch {
        throw .invalidDna("\(zome)/\(function) short-circuited with bytes that are not a ValidateCallbackResult")
      }
    } catch .guest(let error) {
      return .invalid("\(error.error)")
    } catch {
      return .invalid("\(error)")
    }
    do {
      return try output.decode(ValidateCallbackResult.self)
    } catch {
      throw .invalidDna("\(zome)/\(function) did not answer a ValidateCallbackResult: \(error)")
    }
  }
}
