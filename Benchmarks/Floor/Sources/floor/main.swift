import Foundation

print("floor")
