import QtQuick
import Kiosk

// The city's booking system is asked what the card holder may book and has booked.
BusyPage {
    title: qsTr("Checking with the booking system")
    message: qsTr("Checking your card with the city's booking system. Please wait.")
}
