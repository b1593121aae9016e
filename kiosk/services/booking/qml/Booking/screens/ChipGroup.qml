pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// One question of the search (kind, town, day, group size), its words at the left and its
// chips beside them; a touch chooses a chip, a touch on the chosen chip lets it go.
Item {
    id: group

    property string heading
    property var chips: []
    // The words a chip shows (the day chips show a shorter day than the view-model's).
    property var labelOf: (chip) => chip.label
    signal chosen(var value)

    implicitHeight: Math.max(headingLabel.implicitHeight, flow.implicitHeight)

    KLabel {
        id: headingLabel
        anchors.left: parent.left
        anchors.top: parent.top
        width: Math.round(group.width * 0.22)
        height: Math.max(implicitHeight, App.theme.touchTarget)
        verticalAlignment: Text.AlignVCenter
        text: group.heading
        font.bold: true
        lineHeight: 1.0
    }

    Flow {
        id: flow
        anchors.left: headingLabel.right
        anchors.leftMargin: App.theme.spacing / 2
        anchors.right: parent.right
        spacing: App.theme.spacing / 2

        Repeater {
            model: group.chips
            delegate: KButton {
                id: chip
                required property var modelData
                objectName: "chip_" + group.objectName + "_" + modelData.value
                text: (modelData.chosen ? "✓ " : "") + group.labelOf(modelData)
                checked: modelData.chosen
                Accessible.name: modelData.label
                Accessible.checkable: true
                Accessible.checked: checked
                onClicked: group.chosen(chip.modelData.value)
            }
        }
    }
}
