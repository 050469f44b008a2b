let name: String? = nil
if let name = name {
    print("Hello, \(name)")
}
