import QtQuick
import Kiosk

// The held money goes back to the resident.
BusyPage {
    title: qsTr("Returning your money")
    message: qsTr("Your money is being returned. Please wait.")
}
