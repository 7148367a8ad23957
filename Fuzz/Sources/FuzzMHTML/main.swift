import FuzzSupport

// Each input is read as `.mhtml` (MIME parts, quoted-printable, base64) and written in every format.
FuzzHarness.run { bytes, count in
    if let bytes { FuzzHarness.convert(bytes, count, name: "input.mhtml") }
    return 0
}
