pragma Singleton
import QtQuick

// Wording for the message keys the Python core emits. Callers pass the session's language so
// their bindings re-evaluate when it changes.
QtObject {
    function serviceTitle(id: string, lang: string): string {
        switch (id) {
        case "notices": return qsTr("City notices")
        case "certificates": return qsTr("Certificates")
        }
        return id
    }

    function serviceDescription(id: string, lang: string): string {
        switch (id) {
        case "notices": return qsTr("News and events from the city. Take a notice home as a QR code.")
        case "certificates": return qsTr("Certificate of residence, seal registration, tax and family register certificates, with your My Number card.")
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
        case "service.closed": return qsTr("Closed now.")
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

    function opensAt(time: string, date: string, lang: string): string {
        return qsTr("Opens at %1 on %2.").arg(time).arg(date)
    }

    function paymentMethod(key: string, lang: string): string {
        switch (key) {
        case "cash": return qsTr("Cash")
        case "ic": return qsTr("IC card (e-money)")
        }
        return key
    }

    // What went wrong in the certificate flow, for a message key of the card, the city's system,
    // the payment unit or the printers.
    function problem(key: string, lang: string): string {
        switch (key) {
        case "card.not_my_number_card":
            return qsTr("This card is not a My Number card. Please take it out and use your My Number card.")
        case "card.old_juki_card":
            return qsTr("This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.")
        case "card.removed":
            return qsTr("The card was taken out too early. Please put it in again.")
        case "card.wrong_pin": return qsTr("The PIN was not correct.")
        case "card.pin_blocked":
            return qsTr("The PIN of this card is locked because it was entered wrongly too many times.")
        case "card.no_reader":
        case "card.reader_gone":
        case "card.reader_busy":
        case "card.pcsc_unavailable":
            return qsTr("The card reader is not working right now. Please ask the staff.")
        case "issuance.proof_expired":
            return qsTr("The check of your card is no longer valid. Please read your card again.")
        case "issuance.card_not_linked":
        case "issuance.unknown_resident":
            return qsTr("This card is not registered with the city's resident records.")
        case "issuance.card_revoked":
        case "issuance.certificate_revoked":
            return qsTr("The electronic certificate on this card has been revoked.")
        case "issuance.card_expired":
        case "issuance.certificate_expired":
            return qsTr("The electronic certificate on this card has expired.")
        case "issuance.card_untrusted":
        case "issuance.untrusted_certificate":
        case "issuance.bad_signature":
        case "issuance.certificate_not_yet_valid":
        case "issuance.certificate_not_for_authentication":
        case "issuance.malformed_certificate":
            return qsTr("The electronic certificate on this card could not be verified.")
        case "gateway.unreachable":
            return qsTr("The city's system cannot be reached right now. Please try again later.")
        case "payment.timeout":
            return qsTr("The payment took too long and was stopped. Any money you put in has been returned.")
        case "payment.insufficient_funds":
            return qsTr("The balance of the IC card is not enough. Please choose another way to pay.")
        case "payment.card_read":
            return qsTr("The IC card could not be read. Please try again.")
        case "payment.change_short":
            return qsTr("The kiosk cannot give enough change. Please pay with the exact amount or an IC card.")
        case "payment.method_unavailable":
            return qsTr("This way to pay cannot be used right now. Please choose another.")
        case "payment.change_problem":
            return qsTr("There was a problem with the payment unit. Please show your receipt to the staff.")
        case "payment.refund_problem":
            return qsTr("Your money could not be returned automatically. Please ask the staff; nothing has been charged.")
        case "software_error":
            return qsTr("The kiosk had an unexpected problem.")
        }
        if (key.startsWith("docprint.") || key.startsWith("receipt."))
            return reason(key, lang)
        if (key.startsWith("card."))
            return qsTr("The card could not be read. Please take it out and put it in again, face up, chip first.")
        if (key.startsWith("issuance."))
            return qsTr("The city's system cannot issue this certificate here.")
        if (key.startsWith("gateway."))
            return qsTr("The city's system is not answering correctly right now. Please try again later.")
        if (key.startsWith("payment."))
            return qsTr("The payment unit is not working right now. Please ask the staff.")
        return qsTr("The kiosk had an unexpected problem.")
    }

    // What to do next after a problem that ends the certificate flow.
    function advice(key: string, lang: string): string {
        switch (key) {
        case "card.pin_blocked":
            return qsTr("Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.")
        case "issuance.card_expired":
        case "issuance.certificate_expired":
            return qsTr("The electronic certificate can be renewed at the resident services counter at the city office.")
        case "gateway.unreachable":
            return qsTr("You can try again in a few minutes, or get the certificate at the city office counter.")
        case "payment.refund_problem":
        case "payment.change_problem":
        case "payment.unavailable":
        case "software_error":
            return qsTr("Please ask the staff for help.")
        }
        if (key.startsWith("docprint.") || key.startsWith("receipt.") || key.startsWith("payment."))
            return qsTr("Please ask the staff for help.")
        return qsTr("Please ask at the resident services counter at the city office.")
    }

    // Why a certificate cannot be chosen here (the gateway's reason for this resident).
    function unavailable(key: string, lang: string): string {
        switch (key) {
        case "issuance.no_seal_registration":
        case "no_seal_registration":
            return qsTr("No seal is registered.")
        case "issuance.koseki_not_in_city":
        case "koseki_not_in_city":
        case "honseki_elsewhere":
            return qsTr("Your family register is kept by another city.")
        case "issuance.no_koseki":
        case "no_koseki":
            return qsTr("No family register is kept in this city.")
        case "issuance.no_tax_record":
        case "no_tax_record":
            return qsTr("No tax record is available.")
        case "issuance.resident_under_15":
        case "resident_under_15":
            return qsTr("Only for residents aged 15 or over.")
        }
        return qsTr("Please ask at the city office counter.")
    }
}
