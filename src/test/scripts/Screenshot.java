import java.awt.*; import java.io.File; import javax.imageio.ImageIO;
/** Saves the top-left W×H of the X display as a PNG: the bundle window check in scripts/bundle-window.sh. */
public class Screenshot { public static void main(String[] a) throws Exception {
  Rectangle r = new Rectangle(0,0,Integer.parseInt(a[1]),Integer.parseInt(a[2]));
  ImageIO.write(new Robot().createScreenCapture(r), "png", new File(a[0])); } }
