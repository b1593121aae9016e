pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Jobs

// One listing laid out like a 求人票: the labels in the session's language, the listing's own
// words in Japanese; a button puts it on the slip (up to five).
FlowPage {
    id: page

    title: qsTr("Job details")
    instructions: qsTr("Job number %1").arg(JobService.model.kyujinNo)

    Notice {
        id: problem
        objectName: "jobProblem"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: JobService.model.problemText.length > 0
        height: visible ? implicitHeight : 0
        text: JobService.model.problemText
    }

    KLabel {
        id: jobTitle
        objectName: "jobTitle"
        anchors.top: problem.bottom
        anchors.topMargin: problem.visible ? App.theme.spacing : 0
        anchors.left: parent.left
        anchors.right: parent.right
        text: JobService.model.title
        font.family: JobService.model.listingFont
        font.pixelSize: App.theme.titleSize
        font.bold: true
    }

    ScrollColumn {
        objectName: "jobSheet"
        anchors.top: jobTitle.bottom
        anchors.topMargin: App.theme.spacing / 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        spacing: 0

        Repeater {
            model: JobService.model.fields
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                width: parent ? parent.width : 0
                height: Math.max(label.implicitHeight, value.implicitHeight) + App.theme.spacing
                color: index % 2 ? App.theme.background : App.theme.surface
                border.color: App.theme.border

                KLabel {
                    id: label
                    x: App.theme.spacing / 2
                    y: App.theme.spacing / 2
                    width: Math.round(Math.min(parent.width * 0.3, App.theme.fontSize * 9))
                    text: row.modelData.label
                    font.bold: true
                }
                KLabel {
                    id: value
                    objectName: "field_" + row.modelData.key
                    anchors.left: label.right
                    anchors.leftMargin: App.theme.spacing
                    anchors.right: parent.right
                    anchors.rightMargin: App.theme.spacing / 2
                    y: App.theme.spacing / 2
                    text: row.modelData.value
                    font.family: JobService.model.listingFont
                    font.pixelSize: row.modelData.key === "kyujin_no" ? App.theme.titleSize : App.theme.fontSize
                    font.bold: row.modelData.key === "kyujin_no"
                }
            }
        }
    }

    actions: [
        ActionButton {
            objectName: "readAloud"
            visible: App.session.speech
            text: qsTr("Read aloud")
            onClicked: App.speech.announce(JobService.model.spokenListing, "")
        },
        ActionButton {
            objectName: "toSlipButton"
            visible: JobService.model.chosenCount > 0
            text: qsTr("My slip (%1)").arg(JobService.model.chosenCount)
            onClicked: JobService.model.showSlip()
        },
        ActionButton {
            objectName: "chooseButton"
            // A full slip still takes the touch and says why nothing was added.
            text: JobService.model.openedChosen ? qsTr("Take off the slip")
                  : JobService.model.chosenCount >= JobService.model.maxChosen ? qsTr("Add to the slip")
                  : qsTr("Add to the slip (%1 of %2)").arg(JobService.model.chosenCount + 1).arg(JobService.model.maxChosen)
            primary: true
            onClicked: JobService.model.toggleOpened()
        }
    ]
}
