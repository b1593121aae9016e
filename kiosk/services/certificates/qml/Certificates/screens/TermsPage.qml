import QtQuick
import Kiosk
import Certificates

// What the service is and what it does with the card, before anything is read.
FlowPage {
    title: qsTr("Certificates with your My Number card")
    instructions: qsTr("Please read this, then touch Agree.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 1.5

        KLabel {
            width: parent.width
            text: qsTr("You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.")
        }
        KLabel {
            width: parent.width
            text: qsTr("The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.")
        }
        KLabel {
            width: parent.width
            text: qsTr("The kiosk reads only the card's electronic certificate for identification. Your 12-digit My Number is never read and never printed.")
        }
    }

    actions: [
        ActionButton {
            objectName: "agreeButton"
            text: qsTr("Agree")
            primary: true
            onClicked: CertificateService.model.acceptTerms()
        }
    ]
}
