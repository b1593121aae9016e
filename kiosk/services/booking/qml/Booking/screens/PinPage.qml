import QtQuick
import Kiosk
import Booking

// The card's 4-digit PIN: masked, typed on a large keypad or a keyboard, never spoken.
PinEntryPage {
    model: BookingService.model
    title: qsTr("Enter your PIN")
    instructions: qsTr("Enter the 4-digit PIN of your card's user certificate, then touch Confirm.")
    wrongPin: BookingService.model.pinProblemText.length > 0
    triesText: BookingService.model.triesLeft >= 0
        ? qsTr("The PIN was not correct. Tries left: %1. After that the PIN is locked.")
            .arg(BookingService.model.triesLeft)
        : BookingService.model.pinProblemText
    hintText: qsTr("Nobody else should see you type the PIN. The numbers you type are never read aloud.")
    clearText: qsTr("Clear")
    deleteText: qsTr("Delete")
    confirmText: qsTr("Confirm")
}
