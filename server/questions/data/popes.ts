/**
 * Popes by the year each was elected: the fair wrong options for "Pope _____". A well-known few of each age, so a
 * pope of 800 gets his neighbours of the eighth and ninth centuries and a pope of 1992 those of the twentieth.
 */
export const POPES = ("Leo I:440|Gregory I:590|Gregory II:715|Zachary:741|Stephen II:752|Adrian I:772|Leo III:795|Nicholas I:858|" +
  "Sylvester II:999|Leo IX:1049|Gregory VII:1073|Urban II:1088|Alexander III:1159|Innocent III:1198|Gregory IX:1227|Innocent IV:1243|" +
  "Boniface VIII:1294|Clement V:1305|John XXII:1316|Gregory XI:1370|Urban VI:1378|Martin V:1417|Nicholas V:1447|Pius II:1458|" +
  "Sixtus IV:1471|Alexander VI:1492|Julius II:1503|Leo X:1513|Clement VII:1523|Paul III:1534|Pius V:1566|Gregory XIII:1572|" +
  "Sixtus V:1585|Paul V:1605|Urban VIII:1623|Innocent X:1644|Benedict XIV:1740|Pius VI:1775|Pius VII:1800|Pius IX:1846|" +
  "Leo XIII:1878|Pius X:1903|Benedict XV:1914|Pius XI:1922|Pius XII:1939|John XXIII:1958|Paul VI:1963|John Paul I:1978|" +
  "John Paul II:1978|Benedict XVI:2005|Francis:2013|Leo XIV:2025")
  .split("|")
  .map((entry) => {
    const [name, from] = entry.split(":");
    return { name, from: Number(from) };
  });
