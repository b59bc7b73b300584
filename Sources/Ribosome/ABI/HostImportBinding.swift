import HoloCore
import WasmKit
import WasmTypes

/// Thrown out of a host import to end the zome call at once with `bytes` as its result.
struct HostShortCircuitSignal: Error {
  let bytes: [UInt8]
}

/// Thrown out of a host import when the call was interrupted (deadline, or nobody waiting): the guest stops at
/// its next host call even when that call blocked in the host for a while.
struct CallInterruptedSignal: Error {
  let reason: CallInterrupt.Reason
}

/// A host function bound to an instance's call slot: reads its input out of guest memory, frees it, runs the
/// function in the context of the call the instance is running, and writes `Result<Output, WasmError>` back
/// through the guest's allocator.
enum HostImportBinding {
  static func function(_ hostFunction: HostFunction, store: Store, slot: CallSlot) -> Function {
    let body: Function.Implementation = { caller, arguments in
      guard arguments.count == 2, case .i32(let ptr) = arguments[0], case .i32(let len) = arguments[1],
        let instance = caller.instance
      else { throw GuestABIError.badSignature("\(hostFunction.importName) called with the wrong arguments") }
      guard let context = slot.context else {
        throw GuestABIError.badSignature("\(hostFunction.importName) called outside a zome call")
      }
      if let reason = context.interrupt.reason { throw CallInterruptedSignal(reason: reason) }
      let guest: GuestInstance
      do {
        guest = try GuestInstance(instance, zome: context.zomeName)
      } catch {
        throw GuestABIError.badSignature("\(error)")
      }
      let input = try guest.read(ptr: ptr, len: len)
      try guest.free(ptr: ptr, len: len)
      let output: [UInt8]
      let result = Result(catching: { () throws(HostFunctionFailure) in try hostFunction.body(context, input) })
      if let reason = context.interrupt.reason { throw CallInterruptedSignal(reason: reason) }
      switch result {
      case .success(let bytes):
        output = bytes
      case .failure(.shortCircuit(let bytes)):
        throw HostShortCircuitSignal(bytes: bytes)
      case .failure(.error(let error)):
        let (errPtr, errLen) = try guest.write(WasmResult<MsgPackValue>.err(error).msgpackBytes())
        return [.i64(GuestInstance.pack(ptr: errPtr, len: errLen))]
      }
      // `{"Ok": <output>}`: the output is already msgpack.
      var writer = MsgPackWriter(capacity: output.count + 4)
      writer.writeMapHeader(1)
      writer.write("Ok" as StaticString)
      writer.writeRaw(output)
      let (outPtr, outLen) = try guest.write(writer.bytes)
      return [.i64(GuestInstance.pack(ptr: outPtr, len: outLen))]
    }
    return Function(store: store, parameters: [.i32, .i32], results: [.i64], body: body)
  }
}
