pmSearch.shard("74-68",{"the":[0,7,1,1,1,3],"three":[2,9],"through":[1,1]});
