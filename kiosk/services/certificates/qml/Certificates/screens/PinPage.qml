import QtQuick
import Kiosk
import Certificates

// The card's 4-digit PIN: masked, typed on a large keypad or a keyboard, never spoken.
PinEntryPage {
    model: CertificateService.model
    title: qsTr("Enter your PIN")
    instructions: qsTr("Enter the 4-digit PIN of your card's user certificate, then touch Confirm.")
    wrongPin: CertificateService.model.problem.length > 0
    triesText: qsTr("The PIN was not correct. Tries left: %1. After that the PIN is locked.")
        .arg(CertificateService.model.triesLeft)
    hintText: qsTr("Nobody else should see you type the PIN. The numbers you type are never read aloud.")
    clearText: qsTr("Clear")
    deleteText: qsTr("Delete")
    confirmText: qsTr("Confirm")
}
