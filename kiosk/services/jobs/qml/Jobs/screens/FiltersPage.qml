pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Jobs

// Conditions to narrow the jobs down, each with the number of jobs it leaves: a condition that
// would leave none is not offered.
FlowPage {
    id: page

    title: qsTr("Narrow down")
    instructions: qsTr("Jobs found: %1. Touch a condition to add it or take it off.").arg(JobService.model.totalText)

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing

        Repeater {
            model: JobService.model.filterGroups
            delegate: Column {
                id: group
                required property var modelData
                width: parent ? parent.width : 0
                spacing: App.theme.spacing / 2

                KLabel {
                    width: parent.width
                    text: group.modelData.title
                    font.bold: true
                }
                Flow {
                    width: parent.width
                    spacing: App.theme.spacing / 2
                    Repeater {
                        model: group.modelData.chips
                        delegate: KButton {
                            id: chip
                            required property var modelData
                            objectName: "filter_" + modelData.name
                            // A chip that opens a pad (the age) has no count of its own.
                            text: modelData.countText.length > 0
                                  ? qsTr("%1 (%2)").arg(modelData.label).arg(modelData.countText)
                                  : modelData.label + " …"
                            checked: modelData.chosen
                            font.family: modelData.facet === "city" ? JobService.model.listingFont
                                                                    : App.theme.fontFamily
                            Accessible.checkable: modelData.opens.length === 0
                            Accessible.checked: checked
                            onClicked: {
                                if (chip.modelData.opens === "age")
                                    JobService.model.showAge()
                                else
                                    JobService.model.toggleFilter(chip.modelData.facet, chip.modelData.value)
                            }
                        }
                    }
                }
            }
        }
    }

    actions: [
        ActionButton {
            objectName: "clearFilters"
            text: qsTr("Take all conditions off")
            visible: JobService.model.activeFilters.length > 0
            onClicked: JobService.model.clearFilters()
        },
        ActionButton {
            objectName: "showResults"
            text: qsTr("Show the jobs (%1)").arg(JobService.model.totalText)
            primary: true
            onClicked: JobService.model.showResults()
        }
    ]
}
