import QtQuick
import Kiosk

// Printing, document by document: the resident stays.
BusyPage {
    title: qsTr("Printing your certificates")
    instructions: qsTr("Please do not leave the kiosk.")
    message: qsTr("Printing %1 of %2. Please do not leave.")
        .arg(Math.min(App.certificate.printedCount + 1, App.certificate.documentsTotal))
        .arg(App.certificate.documentsTotal)
}
