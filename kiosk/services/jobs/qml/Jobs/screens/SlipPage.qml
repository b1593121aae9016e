pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Jobs

// The slip for the Hello Work counter: the chosen jobs, then printing, a printer's problem
// worded plainly, or the slip to take.
FlowPage {
    id: page

    readonly property string printState: JobService.model.printState

    title: printState === "printed" ? qsTr("Please take your slip")
           : qsTr("Your slip for Hello Work")
    instructions: printState === "printing" ? qsTr("Printing. Please wait a moment.")
                  : printState === "printed" ? qsTr("Show it at the Hello Work counter to apply.")
                  : printState === "failed" ? qsTr("The slip could not be printed.")
                  : qsTr("These jobs are printed in Japanese, each with its job number and a QR code.")
    showBack: printState !== "printing"
    endsVisit: printState === "printed"

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing

        Notice {
            objectName: "slipProblem"
            width: parent.width
            visible: page.printState === "failed" || JobService.model.problemText.length > 0
            text: JobService.model.problemText
        }

        Row {
            visible: page.printState === "printing"
            spacing: App.theme.spacing * 2
            Spinner {}
            KLabel {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Printing your slip…")
                font.pixelSize: App.theme.titleSize
            }
        }

        Repeater {
            model: JobService.model.chosen
            delegate: Rectangle {
                id: item
                required property var modelData
                width: parent ? parent.width : 0
                height: Math.max(words.implicitHeight, remove.implicitHeight) + App.theme.spacing
                color: App.theme.surface
                border.color: App.theme.border
                radius: App.theme.spacing / 2

                Column {
                    id: words
                    anchors.left: parent.left
                    anchors.right: remove.left
                    anchors.margins: App.theme.spacing / 2
                    anchors.verticalCenter: parent.verticalCenter
                    KLabel {
                        width: parent.width
                        text: item.modelData.kyujinNo
                        font.bold: true
                    }
                    KLabel {
                        width: parent.width
                        text: item.modelData.title + "　" + item.modelData.wage
                        font.family: JobService.model.listingFont
                    }
                }
                KButton {
                    id: remove
                    objectName: "remove_" + item.modelData.kyujinNo
                    anchors.right: parent.right
                    anchors.rightMargin: App.theme.spacing / 2
                    anchors.verticalCenter: parent.verticalCenter
                    visible: page.printState === "ready" || page.printState === "failed"
                    text: qsTr("Take off")
                    onClicked: JobService.model.removeChosen(item.modelData.kyujinNo)
                }
            }
        }

        KLabel {
            width: parent.width
            text: qsTr("Hello Work office for this area:")
            font.bold: true
        }
        KLabel {
            objectName: "slipOffice"
            width: parent.width
            text: JobService.model.office
            font.family: JobService.model.listingFont
        }
    }

    actions: [
        ActionButton {
            objectName: "printSlipButton"
            visible: page.printState !== "printed"
            enabled: page.printState !== "printing" && JobService.model.chosenCount > 0
            text: page.printState === "failed" ? qsTr("Try again") : qsTr("Print the slip")
            primary: true
            onClicked: JobService.model.printSlip()
        },
        ActionButton {
            objectName: "slipFinishButton"
            visible: page.printState === "printed"
            text: qsTr("Finish")
            primary: true
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        }
    ]
}
