import FuzzSupport

// Each input is read as `.txt` and written in every format.
FuzzHarness.run { bytes, count in
    if let bytes { FuzzHarness.convert(bytes, count, name: "input.txt") }
    return 0
}
