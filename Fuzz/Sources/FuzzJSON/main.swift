import FuzzSupport

// Each input is read as `.json` and written in every format.
FuzzHarness.run { bytes, count in
    if let bytes { FuzzHarness.convert(bytes, count, name: "input.json") }
    return 0
}
