import Testing
@testable import Concordat

@Suite struct CalendarDateAndMoneyTests {
    @Test func parsesAndRejectsDates() {
        #expect(CalendarDate(iso: "2026-04-01")?.formatted == "1 April 2026")
        #expect(CalendarDate(iso: "2026-02-30") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2026-4-1") == nil)
        #expect(CalendarDate(daysSinceEpoch: 0).iso == "1970-01-01")
        #expect(CalendarDate(daysSinceEpoch: 20_544).iso == "2026-04-01")
    }

    @Test func formatsMoney() {
        #expect(Money(pounds: 25_000).formatted == "£25,000")
        #expect(Money(pounds: 1_000_000).formatted == "£1,000,000")
        #expect(Money(pounds: 999).formatted == "£999")
        #expect(Money(pence: 125_050).formatted == "£1,250.50")
        #expect(Money(pence: 5).formatted == "£0.05")
    }
}
