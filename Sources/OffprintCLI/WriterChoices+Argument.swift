import ArgumentParser
import Offprint

// The writers' choices as argument types: argument-parser lists the values in the help and
// names them when one is wrong.
extension PaperSize: ExpressibleByArgument {}
extension ImagePolicy: ExpressibleByArgument {}
extension CollectionOrder: ExpressibleByArgument {}
