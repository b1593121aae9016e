import QtQuick
import Kiosk
import Certificates

// How many copies, one to ten.
FlowPage {
    title: qsTr("How many copies?")
    instructions: CertificateService.model.chosenName

    Row {
        anchors.centerIn: parent
        spacing: App.theme.spacing * 3

        KButton {
            objectName: "fewerButton"
            anchors.verticalCenter: parent.verticalCenter
            width: App.theme.touchTarget * 1.5
            height: width
            text: "−"
            font.pixelSize: App.theme.titleSize * 1.5
            Accessible.name: qsTr("One copy fewer")
            enabled: CertificateService.model.copies > 1
            onClicked: CertificateService.model.setCopies(CertificateService.model.copies - 1)
        }
        KLabel {
            objectName: "copiesText"
            anchors.verticalCenter: parent.verticalCenter
            width: App.theme.touchTarget * 4
            horizontalAlignment: Text.AlignHCenter
            text: CertificateService.model.copies.toString()
            font.pixelSize: App.theme.titleSize * 1.5
            font.bold: true
        }
        KButton {
            objectName: "moreButton"
            anchors.verticalCenter: parent.verticalCenter
            width: App.theme.touchTarget * 1.5
            height: width
            text: "+"
            font.pixelSize: App.theme.titleSize * 1.5
            Accessible.name: qsTr("One copy more")
            enabled: CertificateService.model.copies < CertificateService.model.maxCopies
            onClicked: CertificateService.model.setCopies(CertificateService.model.copies + 1)
        }
    }

    actions: [
        KLabel {
            height: App.theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Fee: %1 yen").arg(CertificateService.model.fee)
            font.pixelSize: App.theme.titleSize
        },
        ActionButton {
            objectName: "nextButton"
            text: qsTr("Next")
            primary: true
            onClicked: CertificateService.model.next()
        }
    ]
}
