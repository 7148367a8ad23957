import FuzzSupport

// Each input is read as `.html` and written in every format.
FuzzHarness.run { bytes, count in
    if let bytes { FuzzHarness.convert(bytes, count, name: "input.html") }
    return 0
}
