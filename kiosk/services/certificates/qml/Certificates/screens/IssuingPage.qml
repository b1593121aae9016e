import QtQuick
import Kiosk

// The gateway issues the certificates; the money is held meanwhile.
BusyPage {
    title: qsTr("Preparing your certificates")
    message: qsTr("The city is preparing your certificates. Please wait.")
}
