import QtQuick
import Kiosk

// How many copies, one to ten.
FlowPage {
    title: qsTr("How many copies?")
    instructions: App.certificate.chosenName

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
            enabled: App.certificate.copies > 1
            onClicked: App.certificate.setCopies(App.certificate.copies - 1)
        }
        KLabel {
            objectName: "copiesText"
            anchors.verticalCenter: parent.verticalCenter
            width: App.theme.touchTarget * 4
            horizontalAlignment: Text.AlignHCenter
            text: App.certificate.copies.toString()
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
            enabled: App.certificate.copies < App.certificate.maxCopies
            onClicked: App.certificate.setCopies(App.certificate.copies + 1)
        }
    }

    actions: [
        KLabel {
            height: App.theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Fee: %1 yen").arg(App.certificate.fee)
            font.pixelSize: App.theme.titleSize
        },
        ActionButton {
            objectName: "nextButton"
            text: qsTr("Next")
            primary: true
            onClicked: App.certificate.next()
        }
    ]
}
