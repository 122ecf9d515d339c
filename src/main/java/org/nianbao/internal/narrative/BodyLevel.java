package org.nianbao.internal.narrative;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The level of government a reporting body belongs to and whether it is that level's government or
 * one of its departments, told from the body's name: 银川市西夏区兴泾镇人民政府 is a town's government,
 * 沭阳县发展和改革局 a county's department, 上海市科学技术委员会 a provincial department.
 *
 * <p>The name is read as a chain of places, each a name and a suffix (省, 自治区, 市, 州, 盟, 地区, 县,
 * 旗, 区, 镇, 乡, 街道, 苏木), and what follows the last place is the body. A suffix character inside a
 * name is no suffix: 镇江市 is a city, 城乡建设局 and 城市管理局 are departments, so a place's name
 * before its suffix must be long enough and must not read like a department's words. A 市 inside a
 * city is a county-level city; 北京、上海、天津、重庆 are provincial. A development zone, a 新区 or an
 * 实验区 has no level of its own: it is at most its parent's. Whatever cannot be told is unknown,
 * and the rules that need the level say nothing then.
 *
 * @param level the body's level, null when the name does not tell it
 * @param kind government or department, null when the name does not tell it
 * @param ceiling the highest level the body can have: its level when known, the place a zone lies
 *     in otherwise, null when nothing is known
 */
public record BodyLevel(Level level, Kind kind, Level ceiling) {

  /** Levels from the lowest; their order is used. */
  public enum Level { TOWNSHIP, COUNTY, CITY, PROVINCE, CENTRAL }

  public enum Kind { GOVERNMENT, DEPARTMENT }

  public static final BodyLevel UNKNOWN = new BodyLevel(null, null, null);

  /** Art. 49 of the Regulation: 县级以上人民政府部门 publish by 1月31日 of the next year. */
  static final MonthDay DEPARTMENT_DEADLINE = MonthDay.of(1, 31);
  /** Art. 49: 县级以上地方人民政府 have their report published by 3月31日 of the next year. */
  static final MonthDay GOVERNMENT_DEADLINE = MonthDay.of(3, 31);

  private static final Set<String> MUNICIPALITIES = Set.of("北京市", "上海市", "天津市", "重庆市");
  /** The longest place name with its suffix read: 黔东南苗族侗族自治州 has 10 characters. */
  private static final int LONGEST_PLACE = 14;
  /** Words that make a 区 a zone without a level of its own, not a district. */
  private static final Pattern ZONE = Pattern.compile(
      "(新区|开发区|经开区|高新区|园区|实验区|试验区|示范区|合作区|保税区|景区|名胜区|旅游区|度假区|功能区|集聚区|管理区"
          + "|社区|片区|经济区|特区|港区|自贸区|保护区|工业区|商务区|创新区)$");
  /** Characters a department's name has and a place's name does not: 住房和城乡建设局 has no 乡. */
  private static final Pattern NOT_A_PLACE =
      Pattern.compile("[与及的局委厅办部室所站处馆院队署司\\p{Punct}\\p{IsDigit}\\s（）、，·]|政府");
  /**
   * How a government department's name ends. A 中心, 所, 院 or 会 may be a 事业单位 or a people's
   * organization, which 第四十九条's dates do not bind: its kind is not told.
   */
  private static final Pattern DEPARTMENT = Pattern.compile("(局|委|委员会|办|办公室|研究室|厅|署|部)$");
  /** What names a level's own government after the place. */
  private static final Set<String> GOVERNMENT = Set.of("", "人民政府", "政府", "办事处", "街道办事处", "行政公署");
  /** How a central body's name starts; it then names no place. */
  private static final Pattern CENTRAL = Pattern.compile("^(国务院|国家|中华人民共和国|中国人民银行|海关总署|审计署)");
  /** 退役军人事务部, 中华人民共和国外交部: a ministry's name is short. */
  private static final int LONGEST_MINISTRY = 10;
  /** A department inside another body's name: 国家税务总局上海市税务局 is no central department. */
  private static final Pattern INNER_BODY = Pattern.compile("(局|委员会|厅|署|办公室)(?=.)");

  /** Whether this body can make no 规章: a town, a county, or anything inside a county. */
  public boolean cannotMakeRules() {
    return ceiling != null && ceiling.compareTo(Level.COUNTY) <= 0;
  }

  /**
   * The day of the year after the report year by which the report must be published: 1月31日 for a
   * department of a government at county level or above, 3月31日 for a local government at county
   * level or above. Empty for a town (the Regulation sets it no date) and when the level or kind is
   * unknown.
   */
  public Optional<MonthDay> deadline() {
    if (level == null || kind == null || level == Level.TOWNSHIP) {
      return Optional.empty();
    }
    if (kind == Kind.DEPARTMENT) {
      return Optional.of(DEPARTMENT_DEADLINE);
    }
    return level == Level.CENTRAL ? Optional.empty() : Optional.of(GOVERNMENT_DEADLINE);
  }

  /** The level and kind of the body named {@code unit}; {@link #UNKNOWN} when the name does not tell. */
  public static BodyLevel of(String unit) {
    String name = unit == null ? "" : unit.replaceAll("[\\s\u3000]+", "");
    if (name.isEmpty() || name.startsWith("中共") || name.startsWith("中国共产党")) {
      return UNKNOWN;
    }
    if (CENTRAL.matcher(name).find()) {
      return central(name); // 国家市场监督管理总局 names no 国家市
    }
    List<Place> places = new ArrayList<>();
    int at = barePlace(name, places);
    for (Place next = place(name, at, places); next != null; next = place(name, at, places)) {
      if (next.level == null && next.ceiling == null && !places.isEmpty()) {
        return UNKNOWN; // a chain of places that does not go down is not read
      }
      places.add(next);
      at = next.end;
    }
    String body = name.substring(at);
    if (places.isEmpty()) {
      return central(name);
    }
    Place last = places.get(places.size() - 1);
    return new BodyLevel(last.level, last.level == null ? null : kind(body), last.ceiling);
  }

  /** A place: where its name ends, its level (null for a zone) and the highest level it can have. */
  private record Place(int end, Level level, Level ceiling) {}

  /**
   * "区统计局", "市科委": a name that starts with its level alone (the body's own way of naming itself in
   * its report). 市场监督管理局 and 市政工程处 do not: those are words.
   */
  private static int barePlace(String name, List<Place> places) {
    if (name.length() < 2) {
      return 0;
    }
    char first = name.charAt(0);
    char second = name.charAt(1);
    Level level = switch (first) {
      case '县', '区' -> second == '域' ? null : Level.COUNTY;
      case '市' -> second == '场' || name.startsWith("市政") && !name.startsWith("市政府") ? null : Level.CITY;
      case '省' -> Level.PROVINCE;
      default -> null;
    };
    if (level == null || isSuffix(second)) {
      return 0;
    }
    places.add(new Place(1, level, level));
    return 1;
  }

  private static boolean isSuffix(char c) {
    return "区省市州盟县旗镇乡".indexOf(c) >= 0;
  }

  /** The place whose name starts at {@code from}; null when none does. */
  private static Place place(String name, int from, List<Place> before) {
    int limit = Math.min(name.length(), from + LONGEST_PLACE);
    for (int end = from + 1; end <= limit; end++) {
      String place = name.substring(from, end);
      Level suffixLevel = suffixLevel(place);
      if (suffixLevel == null || !namedLongEnough(place) || NOT_A_PLACE.matcher(place).find() || midAnd(place)) {
        continue;
      }
      return classify(place, end, suffixLevel, before);
    }
    return null;
  }

  /** The level a place's suffix gives, before its parent is known; null when it has no suffix. */
  private static Level suffixLevel(String place) {
    if (place.endsWith("自治区")) {
      return Level.PROVINCE;
    }
    if (place.endsWith("地区")) {
      return Level.CITY;
    }
    if (place.endsWith("街道") || place.endsWith("苏木")) {
      return Level.TOWNSHIP;
    }
    return switch (place.charAt(place.length() - 1)) {
      case '省' -> Level.PROVINCE;
      case '市', '州', '盟' -> Level.CITY;
      case '县', '旗', '区' -> Level.COUNTY;
      case '镇', '乡' -> Level.TOWNSHIP;
      default -> null;
    };
  }

  /**
   * Whether the name before the suffix is long enough to be one: a county may have one character
   * (凤县), other places have two or more (镇江市 is no 镇, 城市管理局 no 市, 杭州市 no 州).
   */
  private static boolean namedLongEnough(String place) {
    int named = place.length() - suffixLength(place);
    return named >= (place.endsWith("县") ? 1 : 2);
  }

  /** 和 inside a name joins two departments' words (住房和城乡): places have it first or last (和平, 太和). */
  private static boolean midAnd(String place) {
    int and = place.indexOf('和', 1);
    return and != -1 && and < place.length() - suffixLength(place) - 1;
  }

  private static int suffixLength(String place) {
    return place.endsWith("街道") || place.endsWith("苏木") || place.endsWith("地区") ? 2 : 1;
  }

  private static Place classify(String place, int end, Level suffixLevel, List<Place> before) {
    Place parent = before.isEmpty() ? null : before.get(before.size() - 1);
    Level parentCeiling = parent == null ? null : parent.ceiling;
    if (ZONE.matcher(place).find()) {
      return new Place(end, null, parentCeiling);
    }
    Level level = suffixLevel;
    if (place.endsWith("市")) {
      if (MUNICIPALITIES.contains(place)) {
        level = Level.PROVINCE;
      } else if (parent != null && parent.level == Level.CITY) {
        level = Level.COUNTY; // a county-level city inside a prefecture
      }
    }
    if (parent != null && (parent.level == null ? parentCeiling != null && level.compareTo(parentCeiling) >= 0
        : level.compareTo(parent.level) >= 0)) {
      return new Place(end, null, null);
    }
    return new Place(end, level, level);
  }

  /** Government or department from what follows the last place; null when it does not tell. */
  private static Kind kind(String body) {
    if (GOVERNMENT.contains(body)) {
      return Kind.GOVERNMENT;
    }
    String rest = body;
    if (body.startsWith("人民政府")) {
      rest = body.substring(4);
    } else if (body.startsWith("政府")) {
      rest = body.substring(2);
    }
    // 人民政府XX街道办事处: a place after the government is a level this reading missed
    if (rest.contains("政府") || place(rest, 0, new ArrayList<>()) != null) {
      return null;
    }
    return DEPARTMENT.matcher(rest).find() ? Kind.DEPARTMENT : null;
  }

  private static BodyLevel central(String name) {
    if (name.equals("国务院")) {
      return new BodyLevel(Level.CENTRAL, Kind.GOVERNMENT, Level.CENTRAL);
    }
    boolean named = CENTRAL.matcher(name).find() || name.endsWith("部") && name.length() <= LONGEST_MINISTRY;
    if (!named || INNER_BODY.matcher(name).find() || !DEPARTMENT.matcher(name).find()) {
      return UNKNOWN;
    }
    return new BodyLevel(Level.CENTRAL, Kind.DEPARTMENT, Level.CENTRAL);
  }
}
