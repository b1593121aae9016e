import QtQuick
import Kiosk

// The days of the week in the session's language, short enough for a chip or a column head.
QtObject {
    // The name of a day by its key ("mon" … "sun", as the view-model gives it).
    function name(key: string): string {
        switch (key) {
        case "mon": return qsTr("Mon")
        case "tue": return qsTr("Tue")
        case "wed": return qsTr("Wed")
        case "thu": return qsTr("Thu")
        case "fri": return qsTr("Fri")
        case "sat": return qsTr("Sat")
        case "sun": return qsTr("Sun")
        }
        return ""
    }

    // The key of a YYYY-MM-DD day ("mon" … "sun").
    function keyOf(isoDay: string): string {
        const parts = isoDay.split("-")
        const day = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]))
        return ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][day.getDay()]
    }

    // A YYYY-MM-DD day without its year, with its weekday, as the session's language writes it.
    function shortDay(isoDay: string): string {
        const parts = isoDay.split("-").map(Number)
        const month = parts[1], day = parts[2]
        const weekday = name(keyOf(isoDay))
        const pad = (n) => (n < 10 ? "0" : "") + n
        switch (App.session.language) {
        case "ja": case "ja-easy": case "zh-Hans": return month + "月" + day + "日（" + weekday + "）"
        case "ko": return month + "월 " + day + "일 (" + weekday + ")"
        case "en": return weekday + " " + day + " "
                          + ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                             "Nov", "Dec"][month - 1]
        }
        return weekday + " " + pad(day) + "/" + pad(month)
    }
}
