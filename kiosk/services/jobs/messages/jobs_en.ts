<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgePage</name>
    <message>
        <source>Your age</source>
        <translation>Your age</translation>
    </message>
    <message>
        <source>Type your age to see only the jobs open to it. Jobs with no age limit are always shown.</source>
        <translation>Type your age to see only the jobs open to it. Jobs with no age limit are always shown.</translation>
    </message>
    <message>
        <source>Your age is used for this search only and forgotten when you finish.</source>
        <translation>Your age is used for this search only and forgotten when you finish.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Take the age off</source>
        <translation>Take the age off</translation>
    </message>
    <message>
        <source>Use this age</source>
        <translation>Use this age</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Choose a kind of work. The number says how many jobs there are.</source>
        <translation>Choose a kind of work. The number says how many jobs there are.</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Jobs: %1</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Job details</source>
        <translation>Job details</translation>
    </message>
    <message>
        <source>Job number %1</source>
        <translation>Job number %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>My slip (%1)</translation>
    </message>
    <message>
        <source>Take off the slip</source>
        <translation>Take off the slip</translation>
    </message>
    <message>
        <source>Add to the slip</source>
        <translation>Add to the slip</translation>
    </message>
    <message>
        <source>Add to the slip (%1 of %2)</source>
        <translation>Add to the slip (%1 of %2)</translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Narrow down</source>
        <translation>Narrow down</translation>
    </message>
    <message>
        <source>Jobs found: %1. Touch a condition to add it or take it off.</source>
        <translation>Jobs found: %1. Touch a condition to add it or take it off.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Take all conditions off</source>
        <translation>Take all conditions off</translation>
    </message>
    <message>
        <source>Show the jobs (%1)</source>
        <translation>Show the jobs (%1)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Jobs found: %1. Choose one to see it in full.</source>
        <translation>Jobs found: %1. Choose one to see it in full.</translation>
    </message>
    <message>
        <source>Jobs found: %1</source>
        <translation>Jobs found: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Best match first</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>Narrow down</translation>
    </message>
    <message>
        <source>Area, type of employment, wage and more, with the number of jobs</source>
        <translation>Area, type of employment, wage and more, with the number of jobs</translation>
    </message>
    <message>
        <source>Touch to take this condition off</source>
        <translation>Touch to take this condition off</translation>
    </message>
    <message>
        <source>No jobs match. Try other words or take a condition off.</source>
        <translation>No jobs match. Try other words or take a condition off.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>My slip (%1)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Job search</source>
        <translation>Job search</translation>
    </message>
    <message>
        <source>Type a word such as 介護 (kaigo) or 事務 (jimu), or choose a kind of work.</source>
        <translation>Type a word such as 介護 (kaigo) or 事務 (jimu), or choose a kind of work.</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Words to search for</translation>
    </message>
    <message>
        <source>Kinds of work, with the number of jobs</source>
        <translation>Kinds of work, with the number of jobs</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Jobs: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SlipPage</name>
    <message>
        <source>Please take your slip</source>
        <translation>Please take your slip</translation>
    </message>
    <message>
        <source>Your slip for Hello Work</source>
        <translation>Your slip for Hello Work</translation>
    </message>
    <message>
        <source>Printing. Please wait a moment.</source>
        <translation>Printing. Please wait a moment.</translation>
    </message>
    <message>
        <source>Show it at the Hello Work counter to apply.</source>
        <translation>Show it at the Hello Work counter to apply.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>The slip could not be printed.</translation>
    </message>
    <message>
        <source>These jobs are printed in Japanese, each with its job number and a QR code.</source>
        <translation>These jobs are printed in Japanese, each with its job number and a QR code.</translation>
    </message>
    <message>
        <source>Printing your slip…</source>
        <translation>Printing your slip…</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Take off</translation>
    </message>
    <message>
        <source>Hello Work office for this area:</source>
        <translation>Hello Work office for this area:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>The search could not be done right now. Please try again.</source>
        <translation>The search could not be done right now. Please try again.</translation>
    </message>
    <message>
        <source>This job is no longer open. Please choose another one.</source>
        <translation>This job is no longer open. Please choose another one.</translation>
    </message>
    <message>
        <source>A slip holds up to five jobs. Take one off to add another.</source>
        <translation>A slip holds up to five jobs. Take one off to add another.</translation>
    </message>
    <message>
        <source>Choose one to five jobs for the slip.</source>
        <translation>Choose one to five jobs for the slip.</translation>
    </message>
    <message>
        <source>This kind of work is not in the list. Please choose another one.</source>
        <translation>This kind of work is not in the list. Please choose another one.</translation>
    </message>
    <message>
        <source>Please enter an age from 15 to 99.</source>
        <translation>Please enter an age from 15 to 99.</translation>
    </message>
    <message>
        <source>No job is open to this age with the other conditions. Take a condition off.</source>
        <translation>No job is open to this age with the other conditions. Take a condition off.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff.</source>
        <translation>Something went wrong. Please ask the staff.</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Job number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Open until</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>Kind of listing</translation>
    </message>
    <message>
        <source>Type of employment</source>
        <translation>Type of employment</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <source>Nearest station</source>
        <translation>Nearest station</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>Wage</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experience</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Openings</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Railway line</source>
        <translation>Railway line</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>Full or part time</source>
        <translation>Full or part time</translation>
    </message>
    <message>
        <source>Wage at least</source>
        <translation>Wage at least</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>%1 yen a month</source>
        <extracomment>A wage paid by the month, %1 being the amount or range in yen (月給 200,000円).</extracomment>
        <translation>%1 yen a month</translation>
    </message>
    <message>
        <source>%1 yen a day</source>
        <extracomment>A wage paid by the day, %1 being the amount or range in yen (日給 9,000円).</extracomment>
        <translation>%1 yen a day</translation>
    </message>
    <message>
        <source>%1 yen an hour</source>
        <extracomment>A wage paid by the hour, %1 being the amount or range in yen (時給 1,200円).</extracomment>
        <translation>%1 yen an hour</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of two amounts or ages, %1 the lower and %2 the upper (200,000〜250,000).</extracomment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 min walk</source>
        <extracomment>Minutes on foot from the nearest station.</extracomment>
        <translation>%1 min walk</translation>
    </message>
    <message>
        <source>%1 people</source>
        <extracomment>How many people the employer takes on.</extracomment>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>%1 days a year</source>
        <extracomment>Days off in a year.</extracomment>
        <translation>%1 days a year</translation>
    </message>
    <message>
        <source>Up to %1 years old</source>
        <extracomment>An age limit: up to %1 years old.</extracomment>
        <translation>Up to %1 years old</translation>
    </message>
    <message>
        <source>%1 years old or more</source>
        <extracomment>An age limit: %1 years old or more.</extracomment>
        <translation>%1 years old or more</translation>
    </message>
    <message>
        <source>%1 to %2 years old</source>
        <extracomment>An age limit: from %1 to %2 years old.</extracomment>
        <translation>%1 to %2 years old</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>No age limit.</extracomment>
        <translation>Any age</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <extracomment>A person&apos;s age on the age filter&apos;s chip, %1 the years (35歳).</extracomment>
        <translation>%1 years old</translation>
    </message>
    <message>
        <source>Enter your age</source>
        <extracomment>The chip that opens the pad for the job seeker&apos;s age.</extracomment>
        <translation>Enter your age</translation>
    </message>
    <message>
        <source>Change the age</source>
        <extracomment>The chip that opens the pad again to change the age chosen.</extracomment>
        <translation>Change the age</translation>
    </message>
    <message>
        <source>Type your age, from 15 to 99.</source>
        <extracomment>On the age pad before an age is typed.</extracomment>
        <translation>Type your age, from 15 to 99.</translation>
    </message>
    <message>
        <source>Counting the jobs…</source>
        <extracomment>On the age pad while the jobs open to the age typed are being counted.</extracomment>
        <translation>Counting the jobs…</translation>
    </message>
    <message>
        <source>Jobs open to age %1: %2</source>
        <extracomment>On the age pad: %1 the age typed, %2 how many jobs are open to it.</extracomment>
        <translation>Jobs open to age %1: %2</translation>
    </message>
    <message>
        <source>All jobs in %1</source>
        <extracomment>A button for a whole 職種 group, %1 its name (介護、福祉のすべて).</extracomment>
        <translation>All jobs in %1</translation>
    </message>
    <message>
        <source>Kinds of work in %1</source>
        <extracomment>Heading of a 職種 group&apos;s sub-categories on the filter screen, %1 the group&apos;s name.</extracomment>
        <translation>Kinds of work in %1</translation>
    </message>
    <message>
        <source>Not shown at the employer&apos;s request</source>
        <extracomment>The employer&apos;s name is not shown (公開範囲).</extracomment>
        <translation>Not shown at the employer&apos;s request</translation>
    </message>
    <message>
        <source>Regular employee</source>
        <translation>Regular employee</translation>
    </message>
    <message>
        <source>Non-regular employee</source>
        <translation>Non-regular employee</translation>
    </message>
    <message>
        <source>Temporary agency worker (fixed term)</source>
        <translation>Temporary agency worker (fixed term)</translation>
    </message>
    <message>
        <source>Temporary agency worker (no fixed term)</source>
        <translation>Temporary agency worker (no fixed term)</translation>
    </message>
    <message>
        <source>Part-time worker</source>
        <translation>Part-time worker</translation>
    </message>
    <message>
        <source>Part-time agency worker (fixed term)</source>
        <translation>Part-time agency worker (fixed term)</translation>
    </message>
    <message>
        <source>Part-time agency worker (no fixed term)</source>
        <translation>Part-time agency worker (no fixed term)</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Full time</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Part time</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>New graduates</source>
        <translation>New graduates</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Seasonal</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>Away from home</translation>
    </message>
    <message>
        <source>For people with disabilities</source>
        <translation>For people with disabilities</translation>
    </message>
    <message>
        <source>Starts in the morning</source>
        <translation>Starts in the morning</translation>
    </message>
    <message>
        <source>Starts in the daytime</source>
        <translation>Starts in the daytime</translation>
    </message>
    <message>
        <source>Starts in the evening</source>
        <translation>Starts in the evening</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Night shift</translation>
    </message>
    <message>
        <source>Up to 5 hours</source>
        <translation>Up to 5 hours</translation>
    </message>
    <message>
        <source>Saturdays off</source>
        <translation>Saturdays off</translation>
    </message>
    <message>
        <source>Sundays off</source>
        <translation>Sundays off</translation>
    </message>
    <message>
        <source>Public holidays off</source>
        <translation>Public holidays off</translation>
    </message>
    <message>
        <source>Two days off every week</source>
        <translation>Two days off every week</translation>
    </message>
    <message>
        <source>120 days off a year or more</source>
        <translation>120 days off a year or more</translation>
    </message>
    <message>
        <source>No experience needed</source>
        <translation>No experience needed</translation>
    </message>
    <message>
        <source>Any education</source>
        <translation>Any education</translation>
    </message>
    <message>
        <source>Commuting by car allowed</source>
        <translation>Commuting by car allowed</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>No transfers</translation>
    </message>
    <message>
        <source>Near a station</source>
        <translation>Near a station</translation>
    </message>
    <message>
        <source>Can become a regular employee</source>
        <translation>Can become a regular employee</translation>
    </message>
    <message>
        <source>No overtime</source>
        <translation>No overtime</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Childcare on site</source>
        <translation>Childcare on site</translation>
    </message>
    <message>
        <source>No document screening</source>
        <translation>No document screening</translation>
    </message>
    <message>
        <source>Work from home</source>
        <translation>Work from home</translation>
    </message>
    <message>
        <source>Over 60 welcome</source>
        <translation>Over 60 welcome</translation>
    </message>
    <message>
        <source>Office work, management</source>
        <translation>Office work, management</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Shop work</source>
        <translation>Shop work</translation>
    </message>
    <message>
        <source>Service, cooking, hairdressing</source>
        <translation>Service, cooking, hairdressing</translation>
    </message>
    <message>
        <source>Care, welfare</source>
        <translation>Care, welfare</translation>
    </message>
    <message>
        <source>Childcare, teaching</source>
        <translation>Childcare, teaching</translation>
    </message>
    <message>
        <source>Medicine, nursing</source>
        <translation>Medicine, nursing</translation>
    </message>
    <message>
        <source>Manufacturing, repair, inspection</source>
        <translation>Manufacturing, repair, inspection</translation>
    </message>
    <message>
        <source>Engineering, IT, specialists</source>
        <translation>Engineering, IT, specialists</translation>
    </message>
    <message>
        <source>Construction, civil works, electrical</source>
        <translation>Construction, civil works, electrical</translation>
    </message>
    <message>
        <source>Security, building management</source>
        <translation>Security, building management</translation>
    </message>
    <message>
        <source>Driving, delivery</source>
        <translation>Driving, delivery</translation>
    </message>
    <message>
        <source>Cleaning, warehouse, light work</source>
        <translation>Cleaning, warehouse, light work</translation>
    </message>
    <message>
        <source>Farming, forestry, fishing</source>
        <translation>Farming, forestry, fishing</translation>
    </message>
    <message>
        <source>General office work</source>
        <translation>General office work</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <source>General affairs, personnel</source>
        <translation>General affairs, personnel</translation>
    </message>
    <message>
        <source>Sales office work</source>
        <translation>Sales office work</translation>
    </message>
    <message>
        <source>Medical office work</source>
        <translation>Medical office work</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
    <message>
        <source>Sales to companies</source>
        <translation>Sales to companies</translation>
    </message>
    <message>
        <source>Sales to households</source>
        <translation>Sales to households</translation>
    </message>
    <message>
        <source>Route sales</source>
        <translation>Route sales</translation>
    </message>
    <message>
        <source>Real estate sales</source>
        <translation>Real estate sales</translation>
    </message>
    <message>
        <source>Shop assistant</source>
        <translation>Shop assistant</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Food sales</source>
        <translation>Food sales</translation>
    </message>
    <message>
        <source>Convenience store, supermarket</source>
        <translation>Convenience store, supermarket</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Cook</translation>
    </message>
    <message>
        <source>Kitchen helper</source>
        <translation>Kitchen helper</translation>
    </message>
    <message>
        <source>Waiting on tables</source>
        <translation>Waiting on tables</translation>
    </message>
    <message>
        <source>Barber, hairdresser</source>
        <translation>Barber, hairdresser</translation>
    </message>
    <message>
        <source>Hotel, inn</source>
        <translation>Hotel, inn</translation>
    </message>
    <message>
        <source>Care worker</source>
        <translation>Care worker</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Home care</translation>
    </message>
    <message>
        <source>Care manager</source>
        <translation>Care manager</translation>
    </message>
    <message>
        <source>Life support worker</source>
        <translation>Life support worker</translation>
    </message>
    <message>
        <source>Driving for care services</source>
        <translation>Driving for care services</translation>
    </message>
    <message>
        <source>Nursery teacher</source>
        <translation>Nursery teacher</translation>
    </message>
    <message>
        <source>Nursery assistant</source>
        <translation>Nursery assistant</translation>
    </message>
    <message>
        <source>After-school club worker</source>
        <translation>After-school club worker</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Assistant nurse</source>
        <translation>Assistant nurse</translation>
    </message>
    <message>
        <source>Nursing aide</source>
        <translation>Nursing aide</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Dental hygienist</source>
        <translation>Dental hygienist</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Assembly</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Machine maintenance</source>
        <translation>Machine maintenance</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Systems engineer</source>
        <translation>Systems engineer</translation>
    </message>
    <message>
        <source>Design engineering</source>
        <translation>Design engineering</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>Research and development</translation>
    </message>
    <message>
        <source>Building work</source>
        <translation>Building work</translation>
    </message>
    <message>
        <source>Civil engineering work</source>
        <translation>Civil engineering work</translation>
    </message>
    <message>
        <source>Electrical work</source>
        <translation>Electrical work</translation>
    </message>
    <message>
        <source>Site supervisor</source>
        <translation>Site supervisor</translation>
    </message>
    <message>
        <source>Building security</source>
        <translation>Building security</translation>
    </message>
    <message>
        <source>Traffic guard</source>
        <translation>Traffic guard</translation>
    </message>
    <message>
        <source>Building equipment upkeep</source>
        <translation>Building equipment upkeep</translation>
    </message>
    <message>
        <source>Apartment building caretaker</source>
        <translation>Apartment building caretaker</translation>
    </message>
    <message>
        <source>Truck driver</source>
        <translation>Truck driver</translation>
    </message>
    <message>
        <source>Taxi driver</source>
        <translation>Taxi driver</translation>
    </message>
    <message>
        <source>Bus driver</source>
        <translation>Bus driver</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Warehouse work</source>
        <translation>Warehouse work</translation>
    </message>
    <message>
        <source>Order picking</source>
        <translation>Order picking</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <source>Light work</source>
        <translation>Light work</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>Farm work</translation>
    </message>
    <message>
        <source>Gardening, landscaping</source>
        <translation>Gardening, landscaping</translation>
    </message>
    <message>
        <source>Forestry</source>
        <translation>Forestry</translation>
    </message>
    <message>
        <source>Employment insurance</source>
        <translation>Employment insurance</translation>
    </message>
    <message>
        <source>Workers&apos; accident insurance</source>
        <translation>Workers&apos; accident insurance</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <translation>Employees&apos; pension</translation>
    </message>
    <message>
        <source>Public servants&apos; accident cover</source>
        <translation>Public servants&apos; accident cover</translation>
    </message>
    <message>
        <source>Savings scheme</source>
        <translation>Savings scheme</translation>
    </message>
    <message>
        <source>Company pension</source>
        <translation>Company pension</translation>
    </message>
    <message>
        <source>Retirement allowance</source>
        <translation>Retirement allowance</translation>
    </message>
    <message>
        <source>Retirement mutual aid</source>
        <translation>Retirement mutual aid</translation>
    </message>
    <message>
        <source>Job search</source>
        <extracomment>Title of the home screen&apos;s tile for the job search (Hello Work listings).</extracomment>
        <translation>Job search</translation>
    </message>
    <message>
        <source>Hello Work job listings. Print a slip to take to the Hello Work counter.</source>
        <extracomment>Description on the home screen&apos;s tile for the job search.</extracomment>
        <translation>Hello Work job listings. Print a slip to take to the Hello Work counter.</translation>
    </message>
</context>
</TS>
