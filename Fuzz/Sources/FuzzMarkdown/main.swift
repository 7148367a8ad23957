import FuzzSupport

// Each input is read as `.md` and written in every format.
FuzzHarness.run { bytes, count in
    if let bytes { FuzzHarness.convert(bytes, count, name: "input.md") }
    return 0
}
