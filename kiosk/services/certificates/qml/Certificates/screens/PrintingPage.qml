import QtQuick
import Kiosk
import Certificates

// Printing, document by document: the resident stays.
BusyPage {
    title: qsTr("Printing your certificates")
    instructions: qsTr("Please do not leave the kiosk.")
    message: qsTr("Printing %1 of %2. Please do not leave.")
        .arg(Math.min(CertificateService.model.printedCount + 1, CertificateService.model.documentsTotal))
        .arg(CertificateService.model.documentsTotal)
}
