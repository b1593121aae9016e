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
        case "device.checking": return qsTr("Checking the equipment. Please wait a moment.")
        case "receipt.paper_out":
        case "docprint.media_empty":
        case "docprint.media_needed":
            return qsTr("The printer is out of paper. Please ask the staff.")
        case "receipt.cover_open":
        case "docprint.cover_open":
        case "docprint.door_open":
            return qsTr("The printer cover is open. Please ask the staff.")
        }
        if (key.startsWith("receipt.") || key.startsWith("docprint."))
            return qsTr("The printer is not working right now. Please ask the staff.")
        if (key.startsWith("data."))
            return qsTr("The city's information is being downloaded. Please wait a moment.")
        if (key.startsWith("card."))
            return qsTr("The card reader is not working right now. Please ask the staff.")
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
