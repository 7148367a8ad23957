import CBrotli
import Foundation

/// Decompresses brotli (HTTP `Content-Encoding: br`) with the reference decoder, refusing
/// output past a limit, so a small body cannot grow without bound.
public enum BrotliDecoder {
    /// All of `data` decompressed, at most `limit` bytes.
    public static func decompress(_ data: Data, limit: Int) throws(Inflater.Failure) -> Data {
        guard let state = BrotliDecoderCreateInstance(nil, nil, nil) else { throw Inflater.Failure(description: "brotli could not start") }
        defer { BrotliDecoderDestroyInstance(state) }
        var result = Data()
        var piece = [UInt8](repeating: 0, count: 1 << 16)
        let outcome: BrotliDecoderResult = data.withUnsafeBytes { input in
            var availableIn = input.count
            // The decoder reads through nextIn only during the calls below.
            var nextIn = input.baseAddress?.assumingMemoryBound(to: UInt8.self)
            while true {
                let (status, produced) = piece.withUnsafeMutableBufferPointer { buffer -> (BrotliDecoderResult, Int) in
                    var availableOut = buffer.count
                    var nextOut = buffer.baseAddress
                    let status = BrotliDecoderDecompressStream(state, &availableIn, &nextIn, &availableOut, &nextOut, nil)
                    return (status, buffer.count - availableOut)
                }
                if result.count + produced > limit { return BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT }
                result.append(contentsOf: piece[..<produced])
                if status != BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT { return status }
            }
        }
        switch outcome {
        case BROTLI_DECODER_RESULT_SUCCESS:
            return result
        case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:
            throw Inflater.Failure(description: "the brotli data ends early")
        case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:
            throw Inflater.Failure(description: "decompresses to more than \(limit) bytes")
        default:
            let message = String(cString: BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state)))
            throw Inflater.Failure(description: "not valid brotli data (\(message))")
        }
    }
}
