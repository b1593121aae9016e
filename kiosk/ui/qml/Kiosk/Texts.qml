pragma Singleton
import QtQuick

// Wording for the message keys the Python core emits. Callers pass the session's language so
// their bindings re-evaluate when it changes.
QtObject {
    function serviceTitle(id: string, lang: string): string {
        switch (id) {
        case "notices": return qsTr("City notices")
        }
        return id
    }

    function serviceDescription(id: string, lang: string): string {
        switch (id) {
        case "notices": return qsTr("News and events from the city. Take a notice home as a QR code.")
        }
        return ""
    }

    function reason(key: string, lang: string): string {
        switch (key) {
        case "device.card_reader.not_installed": return qsTr("This kiosk has no card reader.")
        case "device.receipt_printer.not_installed": return qsTr("This kiosk has no receipt printer.")
        case "device.document_printer.not_installed": return qsTr("This kiosk has no document printer.")
        case "device.payment.not_installed": return qsTr("This kiosk cannot take payments.")
        case "device.led_sign.not_installed": return qsTr("This kiosk has no LED board.")
        }
        return qsTr("Not available right now.")
    }

    function category(key: string, lang: string): string {
        switch (key) {
        case "events": return qsTr("Events")
        case "health": return qsTr("Health")
        case "tax": return qsTr("Taxes")
        case "waste": return qsTr("Garbage and recycling")
        case "disaster": return qsTr("Disaster preparedness")
        case "childcare": return qsTr("Children and families")
        case "procedures": return qsTr("Procedures")
        }
        return ""
    }

    function fault(key: string, lang: string): string {
        switch (key) {
        case "content_unavailable": return qsTr("The city's information could not be loaded.")
        case "software_error": return qsTr("The kiosk software stopped because of an error.")
        }
        return qsTr("A technical problem stopped the kiosk.")
    }
}
